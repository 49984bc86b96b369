// When a dashboard card says outlets disagree or a figure is stale. Deliberately simple; the
// monitoring issue refines these (one place to change them).

/** Outlets disagree when the spread of their latest values exceeds this share of the median. */
export const DISAGREEMENT_RATIO = 0.25;
/** …and at least this many outlets have reported. */
export const DISAGREEMENT_MIN_OUTLETS = 2;
/** A figure is stale when nobody has reported it for this many days. */
export const STALE_AFTER_DAYS = 30;

export function isDisagreeing(opts: { outlets: number; disagreement: number | null }): boolean {
  return opts.outlets >= DISAGREEMENT_MIN_OUTLETS && (opts.disagreement ?? 0) > DISAGREEMENT_RATIO;
}

export function isStale(opts: { lastReportedOn: string | null; now: Date }): boolean {
  if (!opts.lastReportedOn) return false;
  const age = (opts.now.getTime() - Date.parse(`${opts.lastReportedOn}T00:00:00Z`)) / 86_400_000;
  return age > STALE_AFTER_DAYS;
}
