// The one order of reports: oldest first, by report date, then by when each was logged.
type Reported = { reportedOn: string; loggedAt: string };

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const byReportOrder = (a: Reported, b: Reported) =>
  compare(a.reportedOn, b.reportedOn) || compare(a.loggedAt, b.loggedAt);
