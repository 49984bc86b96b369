// Intervals in words, built only from their bounds: "at least 43 people", "between 43 and 50
// people", "more than 43 and at most 50 people", "up by more than $470 million".
import type { Locale } from "../i18n/locales";
import { compareDecimal } from "./decimal";
import { formatAmount, formatAmountBare } from "./format-value";
import { isPoint, negate, signOf, type Interval } from "./interval";

const WORDS = {
  en: {
    between: "between",
    and: "and",
    moreThan: "more than",
    atLeast: "at least",
    lessThan: "less than",
    atMost: "at most",
    any: "any value",
  },
  es: {
    between: "entre",
    and: "y",
    moreThan: "más de",
    atLeast: "al menos",
    lessThan: "menos de",
    atMost: "como máximo",
    any: "cualquier valor",
  },
};
const CHANGE_WORDS = {
  en: { up: "up", down: "down", same: "no change", by: "by" },
  es: { up: "subió", down: "bajó", same: "sin cambios", by: "en" },
};

export function describeInterval(i: Interval, unit: string, locale: Locale = "en"): string {
  const { lo, hi } = i;
  const w = WORDS[locale];
  const amount = (v: string) => formatAmount(v, unit, locale);
  const bare = (v: string) => formatAmountBare(v, unit, locale);
  if (lo && hi) {
    if (isPoint(i)) return amount(lo.value);
    if (!lo.open && !hi.open) return `${w.between} ${bare(lo.value)} ${w.and} ${amount(hi.value)}`;
    const low = `${lo.open ? w.moreThan : w.atLeast} ${bare(lo.value)}`;
    return `${low} ${w.and} ${hi.open ? w.lessThan : w.atMost} ${amount(hi.value)}`;
  }
  if (lo) return `${lo.open ? w.moreThan : w.atLeast} ${amount(lo.value)}`;
  if (hi) return `${hi.open ? w.lessThan : w.atMost} ${amount(hi.value)}`;
  return w.any;
}

export type ChangeWords = { direction: "up" | "down" | "same"; display: string };

/**
 * A difference (new − old) in words, keeping its qualifiers: [6, 6] → "up by 6 people",
 * (−∞, −470) → "down by more than 470", [0, 0] → "no change". Null when the numbers do not say
 * which way it went (the interval holds zero): then no change figure is shown at all.
 */
export function describeChange(d: Interval, unit: string, locale: Locale = "en"): ChangeWords | null {
  const sign = signOf(d);
  const w = CHANGE_WORDS[locale];
  if (sign === null) return null;
  if (sign === "same") return { direction: "same", display: w.same };
  const amount = sign === "up" ? d : negate(d);
  // "up by more than 0": the numbers only say which way; an amount of zero says nothing more.
  const lo = amount.lo && compareDecimal(amount.lo.value, "0") === 0 ? null : amount.lo;
  const words =
    lo === null && amount.hi === null ? "" : ` ${w.by} ${describeInterval({ lo, hi: amount.hi }, unit, locale)}`;
  return { direction: sign, display: `${w[sign]}${words}` };
}
