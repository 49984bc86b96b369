// Intervals in words, built only from their bounds: "at least 43 people", "between 43 and 50
// people", "more than 43 and at most 50 people", "up by more than $470 million".
import { compareDecimal } from "./decimal";
import { formatAmount, formatAmountBare } from "./format-value";
import { isPoint, negate, signOf, type Interval } from "./interval";

export function describeInterval(i: Interval, unit: string): string {
  const { lo, hi } = i;
  if (lo && hi) {
    if (isPoint(i)) return formatAmount(lo.value, unit);
    if (!lo.open && !hi.open) return `between ${formatAmountBare(lo.value, unit)} and ${formatAmount(hi.value, unit)}`;
    const low = `${lo.open ? "more than" : "at least"} ${formatAmountBare(lo.value, unit)}`;
    return `${low} and ${hi.open ? "less than" : "at most"} ${formatAmount(hi.value, unit)}`;
  }
  if (lo) return `${lo.open ? "more than" : "at least"} ${formatAmount(lo.value, unit)}`;
  if (hi) return `${hi.open ? "less than" : "at most"} ${formatAmount(hi.value, unit)}`;
  return "any value";
}

export type ChangeWords = { direction: "up" | "down" | "same"; display: string };

/**
 * A difference (new − old) in words, keeping its qualifiers: [6, 6] → "up by 6 people",
 * (−∞, −470) → "down by more than 470", [0, 0] → "no change". Null when the numbers do not say
 * which way it went (the interval holds zero): then no change figure is shown at all.
 */
export function describeChange(d: Interval, unit: string): ChangeWords | null {
  const sign = signOf(d);
  if (sign === null) return null;
  if (sign === "same") return { direction: "same", display: "no change" };
  const amount = sign === "up" ? d : negate(d);
  // "up by more than 0": the numbers only say which way; an amount of zero says nothing more.
  const lo = amount.lo && compareDecimal(amount.lo.value, "0") === 0 ? null : amount.lo;
  const words = lo === null && amount.hi === null ? "" : ` by ${describeInterval({ lo, hi: amount.hi }, unit)}`;
  return { direction: sign, display: `${sign}${words}` };
}
