import "server-only";
// Each figure's headline (lib/values/headline.ts) for a page of figures: reads only the reports
// the headline looks at — those for the figure's latest and previous refers-to periods, or, when
// no report gives a period, its newest undated ones — with the figure's "about" tolerance.
import { getDb, type DbOrTx } from "../db/client";
import { resolveSettings } from "../monitoring/config";
import { aboutToleranceOf } from "../monitoring/thresholds";
import { shiftDecimal } from "../values/decimal";
import type { Locale } from "../i18n/locales";
import { headlineOf, type Headline, type HeadlineReport } from "../values/headline";

/** A figure with many undated reports: the newest this many make its headline. */
const MAX_REPORTS = 500;

type Row = {
  figure_id: string;
  unit: string;
  settings: unknown;
  id: string | null;
  outlet_id: string;
  qualifier: HeadlineReport["qualifier"];
  value: string | null;
  low: string | null;
  high: string | null;
  reported_on: string;
  refers_start: string | null;
  refers_end: string | null;
  refers_label: string | null;
  refers_precision: string | null;
  logged_at: string;
};

const norm = (s: string | null) => (s === null ? null : shiftDecimal(s, 0));

export async function listFigureHeadlines(opts: {
  db?: DbOrTx;
  figureIds: string[];
  locale?: Locale;
}): Promise<Map<string, Headline | null>> {
  const out = new Map<string, Headline | null>(opts.figureIds.map((id) => [id, null]));
  if (opts.figureIds.length === 0) return out;
  const rows = await (opts.db ?? getDb()).$queryRaw<Row[]>`
    SELECT f.id::text AS figure_id, f.unit, mc.settings, r.id::text AS id, r.outlet_id::text AS outlet_id, r.qualifier::text AS qualifier,
           r.value::text AS value, r.low::text AS low, r.high::text AS high, to_char(r.reported_on, 'YYYY-MM-DD') AS reported_on,
           to_char(r.refers_start, 'YYYY-MM-DD') AS refers_start, to_char(r.refers_end, 'YYYY-MM-DD') AS refers_end, r.refers_label,
           r.refers_precision::text AS refers_precision, to_char(r.logged_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS logged_at
      FROM figure f
      LEFT JOIN monitoring_config mc ON mc.figure_id = f.id
     CROSS JOIN LATERAL (SELECT max(coalesce(o.refers_end, o.refers_start)) AS latest
                           FROM observation o WHERE o.figure_id = f.id AND o.status = 'published') p
     CROSS JOIN LATERAL (SELECT max(coalesce(o.refers_end, o.refers_start)) AS previous
                           FROM observation o
                          WHERE o.figure_id = f.id AND o.status = 'published' AND coalesce(o.refers_end, o.refers_start) < p.latest) q
      LEFT JOIN LATERAL (SELECT o.* FROM observation o
                          WHERE o.figure_id = f.id AND o.status = 'published'
                            AND (coalesce(o.refers_end, o.refers_start) IN (p.latest, q.previous)
                                 OR (p.latest IS NULL AND o.refers_end IS NULL AND o.refers_start IS NULL))
                          ORDER BY o.reported_on DESC, o.reported_at DESC NULLS LAST, o.logged_at DESC
                          LIMIT ${MAX_REPORTS}) r ON true
     WHERE f.id = ANY (${opts.figureIds}::uuid[])`;

  const byFigure = new Map<string, { unit: string; settings: unknown; reports: HeadlineReport[] }>();
  for (const row of rows) {
    let entry = byFigure.get(row.figure_id);
    if (!entry) byFigure.set(row.figure_id, (entry = { unit: row.unit, settings: row.settings, reports: [] }));
    if (row.id === null) continue;
    entry.reports.push({
      id: row.id,
      outletId: row.outlet_id,
      qualifier: row.qualifier,
      value: norm(row.value),
      low: norm(row.low),
      high: norm(row.high),
      reportedOn: row.reported_on,
      refersStart: row.refers_start,
      refersEnd: row.refers_end,
      refersLabel: row.refers_label,
      refersPrecision: row.refers_precision,
      loggedAt: row.logged_at,
    });
  }
  for (const [id, { unit, settings, reports }] of byFigure) {
    out.set(
      id,
      headlineOf({ reports, unit, tolerance: aboutToleranceOf(resolveSettings(settings)), locale: opts.locale }),
    );
  }
  return out;
}
