// A reported value as a person would say it: "at least 43 people", "more than $700 million",
// "253,000 hectares", "between 12 and 15 people". Pure; exact (works on decimal strings).
import { compareDecimal, groupThousands, shiftDecimal } from "./decimal";
import type { Qualifier } from "./qualifiers";

const QUALIFIER_WORDS: Record<Exclude<Qualifier, "range">, string> = {
  exact: "",
  approximately: "about",
  at_least: "at least",
  more_than: "more than",
  at_most: "at most",
  less_than: "less than",
};

const SINGULAR: Record<string, string> = { people: "person", vessels: "vessel", hectares: "hectare", tonnes: "tonne" };
// Colombian pesos as wire copy writes them in English: "COP 1.2 trillion".
const CURRENCY: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", COP: "COP " };
const SCALES: [number, string][] = [
  [12, "trillion"],
  [9, "billion"],
  [6, "million"],
];

/** "230000000" → "230 million"; smaller or very precise numbers are grouped ("253,000"). */
export function formatNumber(value: string, opts: { compact?: boolean } = {}): string {
  const abs = value.replace(/^-/, "");
  if (opts.compact !== false) {
    // |value| ≥ 10^power exactly when its whole part has more than `power` digits.
    const wholeDigits = abs.split(".")[0].replace(/^0+/, "").length;
    for (const [power, word] of SCALES) {
      if (wholeDigits > power) {
        const scaled = shiftDecimal(value, -power);
        // "1.3 billion" reads well; "1.234567 billion" hides digits, so it stays grouped.
        if ((scaled.split(".")[1] ?? "").length <= 2) return `${scaled} ${word}`;
        break;
      }
    }
  }
  return groupThousands(value);
}

function withUnit(number: string, raw: string, unit: string): string {
  if (unit in CURRENCY) return `${CURRENCY[unit]}${number}`;
  if (unit === "percent" || unit === "%") return `${number}%`;
  if (!unit) return number;
  const one = compareDecimal(raw.replace(/^-/, ""), "1") === 0;
  return `${number} ${one ? (SINGULAR[unit] ?? unit) : unit}`;
}

export function formatReportedValue(o: {
  qualifier: Qualifier;
  value: string | null;
  low: string | null;
  high: string | null;
  unit: string;
}): string {
  if (o.qualifier === "range") {
    if (o.low !== null && o.high !== null) {
      const low = formatNumber(o.low);
      const high = withUnit(formatNumber(o.high), o.high, o.unit);
      return `between ${o.unit in CURRENCY ? CURRENCY[o.unit] : ""}${low} and ${high}`;
    }
    if (o.low !== null) return `at least ${withUnit(formatNumber(o.low), o.low, o.unit)}`;
    if (o.high !== null) return `at most ${withUnit(formatNumber(o.high), o.high, o.unit)}`;
    return "no value";
  }
  if (o.value === null) return "no value";
  const words = QUALIFIER_WORDS[o.qualifier];
  const body = withUnit(formatNumber(o.value), o.value, o.unit);
  return words ? `${words} ${body}` : body;
}

/** A number with its unit: "43 people", "$230 million", "20%". */
export function formatAmount(value: string, unit: string): string {
  return withUnit(formatNumber(value), value, unit);
}

/** A number with only the unit's sign, for the first of two numbers: "17" (to "43 people"), "$17 million". */
export function formatAmountBare(value: string, unit: string): string {
  return unit in CURRENCY || unit === "percent" || unit === "%" ? formatAmount(value, unit) : formatNumber(value);
}
