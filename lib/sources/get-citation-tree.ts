import "server-only";
// Who cites whom, for a figure page: per outlet, its newest published reports, each with its cited
// chain step by step (the text as written and the source it is linked to) and its origin. The
// outlets are ordered by their newest report. A figure with thousands of reports shows each
// outlet's newest PER_OUTLET and says how many more there are; one with hundreds of outlets shows
// the MAX_OUTLETS that reported last and counts the rest (200 outlets' trees were ~1 MB of a page).
import type { DbOrTx } from "../db/client";
import { getReadDb } from "../db/read-db";
import { Prisma } from "../db/client";
import { shiftDecimal } from "../values/decimal";
import { formatReportedValue } from "../values/format-value";
import type { Qualifier } from "../values/qualifiers";
import type { Locale } from "../i18n/locales";
import type { SourceKind } from "./directory";
import { listFigureSources } from "./list-figure-sources";
import { NO_SOURCES, type FigureSources } from "./origins";

export type CitationStep = { text: string; source: { name: string; kind: SourceKind } | null };
export type CitedReport = { id: string; display: string; reportedOn: string; steps: CitationStep[] };
export type OutletCitations = { outlet: string; reports: CitedReport[]; more: number };
/**
 * `latest`: the independent sources of the latest reports for the latest period (as the card).
 * `moreOutlets`: how many outlets reported earlier than the ones listed and are not.
 */
export type CitationTree = { outlets: OutletCitations[]; moreOutlets: number; latest: FigureSources };

const PER_OUTLET = 10;
export const MAX_OUTLETS = 20;
/** numeric::text keeps the stored scale ("15.000"); a person reads 15. */
const dec = (s: string | null) => (s !== null && s.includes(".") ? shiftDecimal(s, 0) : s);

type Row = {
  id: string;
  outlet: string;
  outlet_total: number;
  qualifier: Qualifier;
  value: string | null;
  low: string | null;
  high: string | null;
  reported_on: string;
  cited_sources: string[];
  steps: { position: number; name: string; kind: SourceKind }[] | null;
};

/** `locale`: the language each report's value is written in ("al menos 37 personas"). */
export async function getCitationTree(opts: {
  db?: DbOrTx;
  figureId: string;
  unit: string;
  locale?: Locale;
}): Promise<CitationTree> {
  const db = opts.db ?? (await getReadDb());
  const latest = listFigureSources({ db, figureIds: [opts.figureId] });
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT r.id::text AS id, ol.name AS outlet, r.outlet_total, r.qualifier::text AS qualifier, r.value::text AS value,
           r.low::text AS low, r.high::text AS high, to_char(r.reported_on, 'YYYY-MM-DD') AS reported_on, r.cited_sources,
           (SELECT json_agg(json_build_object('position', c.position, 'name', s.name, 'kind', s.kind) ORDER BY c.position)
              FROM citation c JOIN source s ON s.id = c.source_id WHERE c.observation_id = r.id) AS steps
      FROM (SELECT o.*, row_number() OVER w AS n, count(*) OVER (PARTITION BY o.outlet_id)::int AS outlet_total,
                   max(o.reported_on) OVER (PARTITION BY o.outlet_id) AS outlet_newest
              FROM observation o
             WHERE o.figure_id = ${opts.figureId}::uuid AND o.status = 'published'
            WINDOW w AS (PARTITION BY o.outlet_id ORDER BY o.reported_on DESC, o.reported_at DESC NULLS LAST, o.logged_at DESC)) r
      JOIN outlet ol ON ol.id = r.outlet_id
     WHERE r.n <= ${PER_OUTLET}
     ORDER BY r.outlet_newest DESC, ol.name, r.n`);

  const outlets = new Map<string, OutletCitations>();
  for (const r of rows) {
    const steps = r.cited_sources.map((text, position) => {
      const s = r.steps?.find((x) => x.position === position);
      return { text, source: s ? { name: s.name, kind: s.kind } : null };
    });
    const display = formatReportedValue(
      {
        qualifier: r.qualifier,
        value: dec(r.value),
        low: dec(r.low),
        high: dec(r.high),
        unit: opts.unit,
      },
      opts.locale,
    );
    const entry = outlets.get(r.outlet) ?? { outlet: r.outlet, reports: [], more: 0 };
    entry.reports.push({ id: r.id, display, reportedOn: r.reported_on, steps });
    entry.more = r.outlet_total - entry.reports.length;
    outlets.set(r.outlet, entry);
  }
  const all = [...outlets.values()];
  return {
    outlets: all.slice(0, MAX_OUTLETS),
    moreOutlets: Math.max(0, all.length - MAX_OUTLETS),
    latest: (await latest).get(opts.figureId) ?? NO_SOURCES,
  };
}
