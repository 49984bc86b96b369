// The one median in Tally: a statistic of exact values only, so it is never dressed up as a
// reported number. "at least 37" and "at least 43" have no median; 17, 20 and 25 have 20.
import { addDecimal, compareDecimal, multiplyDecimal } from "./decimal";
import type { ReportedValue } from "./interval";

/** Exact median of exact values; null when there are none or any one is not exact. */
export function medianOfExact(values: ReportedValue[]): string | null {
  if (values.length === 0 || values.some((v) => v.qualifier !== "exact" || v.value === null)) return null;
  const s = values.map((v) => v.value!).sort(compareDecimal);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : multiplyDecimal(addDecimal(s[mid - 1], s[mid]), "0.5");
}
