// A reported value as a person would say it: "at least 43 people", "more than $700 million",
// "253,000 hectares", "between 12 and 15 people" — or, in Spanish, "al menos 43 personas",
// "más de 700 millones de dólares", "253.000 hectáreas". Pure; exact (works on decimal strings:
// Intl.NumberFormat formats a string without passing it through a float).
import type { Locale } from "../i18n/locales";
import { compareDecimal, groupThousands, shiftDecimal } from "./decimal";
import type { Qualifier } from "./qualifiers";

const QUALIFIER_WORDS: Record<Locale, Record<Exclude<Qualifier, "range">, string>> = {
  en: {
    exact: "",
    approximately: "about",
    at_least: "at least",
    more_than: "more than",
    at_most: "at most",
    less_than: "less than",
  },
  es: {
    exact: "",
    approximately: "alrededor de",
    at_least: "al menos",
    more_than: "más de",
    at_most: "como máximo",
    less_than: "menos de",
  },
};

/** Unit names by locale: [one, many]. A unit not listed is shown as the editor wrote it. */
const UNIT_NAMES: Record<Locale, Record<string, [string, string]>> = {
  en: {
    people: ["person", "people"],
    vessels: ["vessel", "vessels"],
    hectares: ["hectare", "hectares"],
    tonnes: ["tonne", "tonnes"],
  },
  es: {
    people: ["persona", "personas"],
    vessels: ["embarcación", "embarcaciones"],
    hectares: ["hectárea", "hectáreas"],
    tonnes: ["tonelada", "toneladas"],
    boats: ["embarcación", "embarcaciones"],
    strikes: ["ataque", "ataques"],
    USD: ["dólar", "dólares"],
    EUR: ["euro", "euros"],
    GBP: ["libra", "libras"],
    COP: ["peso", "pesos"],
  },
};
/** A unit's name in the reader's language, for axis labels and headings ("people" → "personas"). */
export function unitName(unit: string, locale: Locale = "en"): string {
  return UNIT_NAMES[locale][unit]?.[1] ?? unit;
}

const CURRENCY: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", COP: "COP " };
const SCALES: Record<Locale, [number, string, string][]> = {
  en: [
    [12, "trillion", "trillion"],
    [9, "billion", "billion"],
    [6, "million", "million"],
  ],
  // Spanish: a billón is 10¹²; 10⁹ is "mil millones".
  es: [
    [12, "billón", "billones"],
    [9, "mil millones", "mil millones"],
    [6, "millón", "millones"],
  ],
};

const ES_NUMBER = new Intl.NumberFormat("es", { maximumFractionDigits: 20, useGrouping: "always" });

/** Digits grouped the locale's way, exactly: "253000" → "253,000" / "253.000". */
export function groupDigits(value: string, locale: Locale = "en"): string {
  // NumberFormat v3 reads a decimal string exactly; the cast is for TypeScript's older lib typing.
  return locale === "es" ? ES_NUMBER.format(value as unknown as number) : groupThousands(value);
}

/** "230000000" → "230 million" / "230 millones"; smaller or very precise numbers are grouped ("253,000"). */
export function formatNumber(value: string, opts: { compact?: boolean; locale?: Locale } = {}): string {
  return scaled(value, opts.locale ?? "en", opts.compact).text;
}

/** The number in words and whether a scale word ended it (Spanish then says "de": "2 millones de personas"). */
function scaled(value: string, locale: Locale, compact?: boolean): { text: string; isScaled: boolean } {
  const abs = value.replace(/^-/, "");
  if (compact !== false) {
    // |value| ≥ 10^power exactly when its whole part has more than `power` digits.
    const wholeDigits = abs.split(".")[0].replace(/^0+/, "").length;
    for (const [power, one, many] of SCALES[locale]) {
      if (wholeDigits > power) {
        const s = shiftDecimal(value, -power);
        // "1.3 billion" reads well; "1.234567 billion" hides digits, so it stays grouped.
        if ((s.split(".")[1] ?? "").length <= 2) {
          const word = compareDecimal(s.replace(/^-/, ""), "1") === 0 ? one : many;
          return { text: `${groupDigits(s, locale)} ${word}`, isScaled: true };
        }
        break;
      }
    }
  }
  return { text: groupDigits(value, locale), isScaled: false };
}

function withUnit(raw: string, unit: string, locale: Locale, prefixCurrency = true): string {
  const { text: number, isScaled } = scaled(raw, locale);
  const isOne = compareDecimal(raw.replace(/^-/, ""), "1") === 0;
  if (unit === "percent" || unit === "%") return locale === "es" ? `${number} %` : `${number}%`;
  if (!unit) return number;
  if (locale === "en") {
    // The sign goes before the currency sign, as Intl writes it: "-$3.5 million", never "$-3.5 million".
    if (unit in CURRENCY) return prefixCurrency ? number.replace(/^(-?)/, `$1${CURRENCY[unit]}`) : number;
    const names = UNIT_NAMES.en[unit];
    return `${number} ${names ? names[isOne ? 0 : 1] : unit}`;
  }
  const names = UNIT_NAMES.es[unit];
  const name = names ? names[isOne && !isScaled ? 0 : 1] : unit;
  return `${number} ${isScaled && names ? "de " : ""}${name}`;
}

type Reported = { qualifier: Qualifier; value: string | null; low: string | null; high: string | null; unit: string };

export function formatReportedValue(o: Reported, locale: Locale = "en"): string {
  const words = QUALIFIER_WORDS[locale];
  const none = locale === "es" ? "sin valor" : "no value";
  if (o.qualifier === "range") {
    if (o.low !== null && o.high !== null) {
      // A range whose bounds are equal is one number: "4 people", never "between 4 and 4 people".
      if (compareDecimal(o.low, o.high) === 0) return withUnit(o.low, o.unit, locale);
      const high = withUnit(o.high, o.unit, locale);
      if (locale === "es") return `entre ${scaled(o.low, locale).text} y ${high}`;
      const low = o.unit in CURRENCY ? withUnit(o.low, o.unit, locale) : formatNumber(o.low);
      return `between ${low} and ${high}`;
    }
    if (o.low !== null) return `${words.at_least} ${withUnit(o.low, o.unit, locale)}`;
    if (o.high !== null) return `${words.at_most} ${withUnit(o.high, o.unit, locale)}`;
    return none;
  }
  if (o.value === null) return none;
  const body = withUnit(o.value, o.unit, locale);
  const qualifier = words[o.qualifier];
  return qualifier ? `${qualifier} ${body}` : body;
}

/** A number with its unit: "43 people", "$230 million", "20%" / "43 personas", "230 millones de dólares". */
export function formatAmount(value: string, unit: string, locale: Locale = "en"): string {
  return withUnit(value, unit, locale);
}

/** A number with only the unit's sign, for the first of two numbers: "17" (to "43 people"), "$17 million". */
export function formatAmountBare(value: string, unit: string, locale: Locale = "en"): string {
  if (unit === "percent" || unit === "%") return formatAmount(value, unit, locale);
  if (locale === "en" && unit in CURRENCY) return formatAmount(value, unit, locale);
  return formatNumber(value, { locale });
}
