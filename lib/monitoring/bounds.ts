// Orderings and numbers the rules share. What a value claims (its interval) is lib/values/interval.ts.
import type { RuleObservation } from "./types";

/** The one number the outlier rule reads off a report: its value, or a range's midpoint/one end. */
export function headlineOf(o: Pick<RuleObservation, "value" | "low" | "high">): string | null {
  if (o.value !== null) return o.value;
  if (o.low !== null && o.high !== null) return String((Number(o.low) + Number(o.high)) / 2);
  return o.low ?? o.high;
}

/**
 * The outlier rule's robust centre of floats (median ± k·MAD). Its alert says "median"; no
 * screen shows it as a reported value (the one median shown beside values is lib/values/median.ts).
 */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
