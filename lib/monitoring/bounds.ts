// What a reported value claims about the true number, as an interval: "at least 37" is
// [37, ∞), "17" is [17, 17]. Rules compare these, so a one-sided qualifier never reads as a
// contradiction of a value on its open side. Floats are fine here: they only decide whether to
// raise an alert; the alert keeps the exact strings.
import type { RuleObservation } from "./types";

export type Bounds = { lo: number; hi: number };

export function boundsOf(o: Pick<RuleObservation, "qualifier" | "value" | "low" | "high">): Bounds | null {
  const v = o.value === null ? NaN : Number(o.value);
  switch (o.qualifier) {
    case "exact":
    case "approximately":
      return Number.isFinite(v) ? { lo: v, hi: v } : null;
    case "at_least":
    case "more_than":
      return Number.isFinite(v) ? { lo: v, hi: Infinity } : null;
    case "at_most":
    case "less_than":
      return Number.isFinite(v) ? { lo: -Infinity, hi: v } : null;
    case "range": {
      const lo = o.low === null ? -Infinity : Number(o.low);
      const hi = o.high === null ? Infinity : Number(o.high);
      return lo === -Infinity && hi === Infinity ? null : { lo, hi };
    }
  }
}

/** The one number a person would read off a report: its value, or a range's midpoint/one end. */
export function headlineOf(o: Pick<RuleObservation, "value" | "low" | "high">): string | null {
  if (o.value !== null) return o.value;
  if (o.low !== null && o.high !== null) return String((Number(o.low) + Number(o.high)) / 2);
  return o.low ?? o.high;
}

/** Oldest first: by report date, then by when it was logged. */
export const byReportOrder = (a: RuleObservation, b: RuleObservation) =>
  a.reportedOn < b.reportedOn ? -1 : a.reportedOn > b.reportedOn ? 1 : a.loggedAt < b.loggedAt ? -1 : a.loggedAt > b.loggedAt ? 1 : 0;

/** Which period a report is about: its refers-to dates, else its label, else its report date ("as of"). */
export function periodKeyOf(o: RuleObservation): string {
  if (o.refersStart || o.refersEnd) return `${o.refersStart ?? ""}..${o.refersEnd ?? ""}`;
  if (o.refersLabel) return `label:${o.refersLabel.trim().toLowerCase()}`;
  return `asof:${o.reportedOn}`;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
