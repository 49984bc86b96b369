// "The latest reports for the latest period" of a figure, as SQL: the period is the latest
// refers-to end (its start when it has no end) among its published reports; the reports are each
// outlet's newest published report for that period. When no report gives a period, each outlet's
// newest report. Reports whose period is unknown are left out when others give one (a period is
// never guessed from a report date). Rows: observation_id, figure_id, outlet_id, cited_sources.
import { Prisma } from "../db/generated/client";

export function latestPeriodReportsSql(figureIds: string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT DISTINCT ON (o.figure_id, o.outlet_id) o.id AS observation_id, o.figure_id, o.outlet_id, o.cited_sources
      FROM observation o
      JOIN (SELECT figure_id, max(coalesce(refers_end, refers_start)) AS period_end
              FROM observation
             WHERE figure_id = ANY (${figureIds}::uuid[]) AND status = 'published'
             GROUP BY figure_id) lp ON lp.figure_id = o.figure_id
     WHERE o.status = 'published'
       AND (lp.period_end IS NULL OR coalesce(o.refers_end, o.refers_start) = lp.period_end)
     ORDER BY o.figure_id, o.outlet_id, o.reported_on DESC, o.reported_at DESC NULLS LAST, o.logged_at DESC, o.id`;
}
