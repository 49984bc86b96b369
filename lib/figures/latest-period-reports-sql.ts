// "The latest reports for the latest period" of figures, as SQL, with the meaning of
// lib/values/headline.ts (periodsOf + latestByOutlet), for pages of figures that cannot load every
// report: a period is a (refers_start, refers_end) pair; the latest is the one whose end (its start
// when it has no end) is latest, ties going to the one reported last; the reports are each outlet's
// newest published report for it. Reports whose period is not given count only when no report of
// the figure gives one (a period is never guessed from a report date). Report order is the
// headline's: report date, then when logged, then (same-day rows of one transaction) the larger id.
// Read from figure_period_outlet (one row per figure, period and outlet, trigger-kept; migration
// figure_period_outlet), where a period not given is -infinity and so comes last: per figure one
// index probe finds the latest period and one range read its outlets, however many reports it has
// (the range read stays per figure: joined as a whole, PostgreSQL read all of the table).
// Rows: observation_id, figure_id, outlet_id, cited_sources.
import { Prisma } from "../db/client";

export function latestPeriodReportsSql(figureIds: string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT r.newest_id AS observation_id, r.figure_id, r.outlet_id, r.cited_sources
      FROM unnest(${figureIds}::uuid[]) f(id)
     CROSS JOIN LATERAL (SELECT p.period_start, p.period_end FROM figure_period_outlet p
                          WHERE p.figure_id = f.id
                          ORDER BY p.period_at DESC, p.reported_on DESC, p.logged_at DESC, p.newest_id DESC
                          LIMIT 1) lp
     CROSS JOIN LATERAL (SELECT r.* FROM figure_period_outlet r
                          WHERE r.figure_id = f.id AND r.period_start = lp.period_start AND r.period_end = lp.period_end
                         OFFSET 0) r`;
}
