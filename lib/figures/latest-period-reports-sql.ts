// "The latest reports for the latest period" of figures, as SQL, with the meaning of
// lib/values/headline.ts (periodsOf + latestByOutlet), for pages of figures that cannot load every
// report: a period is a (refers_start, refers_end) pair; the latest is the one whose end (its start
// when it has no end) is latest, ties going to the one reported last; the reports are each outlet's
// newest published report for it. Reports whose period is not given count only when no report of
// the figure gives one (a period is never guessed from a report date).
// Rows: observation_id, figure_id, outlet_id, cited_sources.
import { Prisma } from "../db/client";

export function latestPeriodReportsSql(figureIds: string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT DISTINCT ON (o.figure_id, o.outlet_id) o.id AS observation_id, o.figure_id, o.outlet_id, o.cited_sources
      FROM observation o
      JOIN (SELECT DISTINCT ON (figure_id) figure_id, refers_start, refers_end
              FROM observation
             WHERE figure_id = ANY (${figureIds}::uuid[]) AND status = 'published'
             ORDER BY figure_id, coalesce(refers_end, refers_start) DESC NULLS LAST,
                      reported_on DESC, reported_at DESC NULLS LAST, logged_at DESC) lp
        ON lp.figure_id = o.figure_id
       AND o.refers_start IS NOT DISTINCT FROM lp.refers_start AND o.refers_end IS NOT DISTINCT FROM lp.refers_end
     WHERE o.status = 'published'
     ORDER BY o.figure_id, o.outlet_id, o.reported_on DESC, o.reported_at DESC NULLS LAST, o.logged_at DESC, o.id`;
}
