import "server-only";
// The independent sources of each figure: the distinct origins among its latest reports for the
// latest period (lib/figures/latest-period-reports-sql.ts). One query for a page of figures, which
// groups the reports by what decides their origin (the linked source, the last cited step) so a
// page of 48 figures of 200 outlets each brings a few hundred rows, not 9,500; their outlets come as JSON
// (node-postgres parses a text[] character by character: 10 MB of garbage per page).
import { getDb, type DbOrTx } from "../db/client";
import { Prisma } from "../db/client";
import { latestPeriodReportsSql } from "../figures/latest-period-reports-sql";
import type { SourceKind } from "./directory";
import { independentSources, NO_SOURCES, type FigureSources, type ReportOrigin } from "./origins";

type Row = {
  figure_id: string;
  /** the outlets whose report has this origin */
  outlets: string[];
  /** the last step of their cited chain; null when they cite none */
  cited: string | null;
  source_id: string | null;
  source_name: string | null;
  source_kind: SourceKind | null;
};

export async function listFigureSources(opts: {
  db?: DbOrTx;
  figureIds: string[];
}): Promise<Map<string, FigureSources>> {
  const out = new Map<string, FigureSources>(opts.figureIds.map((id) => [id, NO_SOURCES]));
  if (opts.figureIds.length === 0) return out;
  const rows = await (opts.db ?? getDb()).$queryRaw<Row[]>(Prisma.sql`
    SELECT r.figure_id::text AS figure_id, json_agg(ol.name) AS outlets,
           r.cited_sources[cardinality(r.cited_sources)] AS cited,
           s.id::text AS source_id, s.name AS source_name, s.kind::text AS source_kind
      FROM (${latestPeriodReportsSql(opts.figureIds)}) r
      JOIN outlet ol ON ol.id = r.outlet_id
      LEFT JOIN citation c ON c.observation_id = r.observation_id AND c.position = cardinality(r.cited_sources) - 1
      LEFT JOIN source s ON s.id = c.source_id
     GROUP BY r.figure_id, r.cited_sources[cardinality(r.cited_sources)], s.id`);
  const grouped = new Map<string, ReportOrigin[]>();
  for (const r of rows) {
    const list = grouped.get(r.figure_id) ?? [];
    const origin = r.source_id ? { id: r.source_id, name: r.source_name!, kind: r.source_kind! } : null;
    list.push({ outlets: r.outlets, citedSources: r.cited === null ? [] : [r.cited], origin });
    grouped.set(r.figure_id, list);
  }
  for (const [id, reports] of grouped) out.set(id, independentSources(reports));
  return out;
}
