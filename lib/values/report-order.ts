// The one order of reports: oldest first, by report date, then by when each was logged.
type Reported = { reportedOn: string; loggedAt: string };

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const byReportOrder = (a: Reported, b: Reported) =>
  compare(a.reportedOn, b.reportedOn) || compare(a.loggedAt, b.loggedAt);

/**
 * The same, and among rows logged in one statement the larger id last, as the SQL reads order
 * them (uuid text sorts as PostgreSQL sorts uuids): a total order, for choosing one report.
 */
export const byReportOrderThenId = (a: Reported & { id: string }, b: Reported & { id: string }) =>
  byReportOrder(a, b) || compare(a.id, b.id);
