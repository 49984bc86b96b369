// Dates in Tally are calendar dates (no time zone): "2025-10-24" → "Oct 24, 2025" / "24 oct 2025".
import { INTL_TAG, type Locale } from "../i18n/locales";

const DAY: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat(INTL_TAG.en, { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" }),
  es: new Intl.DateTimeFormat(INTL_TAG.es, { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" }),
};

const MONTH_YEAR: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat(INTL_TAG.en, { month: "short", year: "numeric", timeZone: "UTC" }),
  es: new Intl.DateTimeFormat(INTL_TAG.es, { month: "short", year: "numeric", timeZone: "UTC" }),
};
const MONTH: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat(INTL_TAG.en, { month: "long", year: "numeric", timeZone: "UTC" }),
  es: new Intl.DateTimeFormat(INTL_TAG.es, { month: "long", year: "numeric", timeZone: "UTC" }),
};

const PERIOD_WORDS: Record<
  Locale,
  { through: string; since: string; none: string; fiscalYear: string; asReported: (words: string) => string }
> = {
  en: {
    through: "through",
    since: "since",
    none: "not stated",
    fiscalYear: "fiscal year",
    asReported: (w) => `as reported: “${w}”`,
  },
  es: {
    through: "hasta el",
    since: "desde el",
    none: "sin indicar",
    fiscalYear: "año fiscal",
    asReported: (w) => `según el medio: «${w}»`,
  },
};

/** An ISO date (or timestamp) as midnight UTC of its day. */
const utc = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/** The pages that show a reporter's period words as the period (the desk's own language, English). */
const WORDS_LOCALE: Locale = "en";

export function formatDate(iso: string, locale: Locale = "en"): string {
  return DAY[locale].format(utc(iso));
}

type Period = {
  refersStart: string | null;
  refersEnd: string | null;
  refersLabel: string | null;
  refersPrecision?: string | null;
};

const lastDayOfMonth = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();

/**
 * A period named from its two dates only, never from more than they say: a day, a whole calendar
 * month or year, a fiscal year (only when the report called it one and it is twelve whole months:
 * "fiscal year 2025 (Oct 2024–Sep 2025)", a US one named by the year it ends), else the range.
 * Null when a date is missing (then only the reporter's words or "through …" say what it is).
 */
export function periodFromDates(o: Period, locale: Locale = "en"): string | null {
  if (!o.refersStart || !o.refersEnd) return null;
  const [s, e] = [utc(o.refersStart), utc(o.refersEnd)];
  if (o.refersStart.slice(0, 10) === o.refersEnd.slice(0, 10)) return formatDate(o.refersStart, locale);
  const [sy, sm, ey, em] = [s.getUTCFullYear(), s.getUTCMonth(), e.getUTCFullYear(), e.getUTCMonth()];
  const isWholeMonths = s.getUTCDate() === 1 && e.getUTCDate() === lastDayOfMonth(e);
  const months = (ey - sy) * 12 + em - sm + 1;
  if (isWholeMonths && o.refersPrecision === "fiscal_year" && months === 12) {
    const year = sy === ey || (sm === 9 && em === 8) ? `${ey}` : `${sy}–${ey}`;
    return `${PERIOD_WORDS[locale].fiscalYear} ${year} (${MONTH_YEAR[locale].format(s)}–${MONTH_YEAR[locale].format(e)})`;
  }
  if (isWholeMonths && months === 12 && sm === 0) return `${sy}`;
  if (isWholeMonths && months === 1) return MONTH[locale].format(s);
  return `${formatDate(o.refersStart, locale)} – ${formatDate(o.refersEnd, locale)}`;
}

/**
 * The refers-to period in words. English pages show the reporter's own label. Other languages
 * name the period from the dates the desk recorded (the label is in the reporter's language;
 * formatPeriodWithWords adds it); a label with no date stays as written. With no label, every
 * language names the period from its dates.
 */
export function formatPeriod(o: Period, locale: Locale = "en"): string {
  const w = PERIOD_WORDS[locale];
  const d = (iso: string) => formatDate(iso, locale);
  const hasDate = o.refersStart !== null || o.refersEnd !== null;
  if (o.refersLabel && (locale === WORDS_LOCALE || !hasDate)) return o.refersLabel;
  const fromDates = periodFromDates(o, locale);
  if (fromDates) return fromDates;
  if (o.refersEnd) return `${w.through} ${d(o.refersEnd)}`;
  if (o.refersStart) return `${w.since} ${d(o.refersStart)}`;
  return w.none;
}

/** The reporter's words, when formatPeriod named the period otherwise ("as reported: “…”"); else null. */
export function periodAsReported(o: Period, locale: Locale = "en"): string | null {
  return o.refersLabel && formatPeriod(o, locale) !== o.refersLabel
    ? PERIOD_WORDS[locale].asReported(o.refersLabel)
    : null;
}

/** The period and, where the page named it from its dates, the reporter's words after it: tables and tooltips. */
export function formatPeriodWithWords(o: Period, locale: Locale = "en"): string {
  const words = periodAsReported(o, locale);
  return words ? `${formatPeriod(o, locale)} — ${words}` : formatPeriod(o, locale);
}
