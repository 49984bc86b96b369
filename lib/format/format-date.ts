// Dates in Tally are calendar dates (no time zone): "2025-10-24" → "Oct 24, 2025" / "24 oct 2025".
import { INTL_TAG, type Locale } from "../i18n/locales";

const DAY: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat(INTL_TAG.en, { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" }),
  es: new Intl.DateTimeFormat(INTL_TAG.es, { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" }),
};

const PERIOD_WORDS: Record<Locale, { through: string; since: string; none: string }> = {
  en: { through: "through", since: "since", none: "not stated" },
  es: { through: "hasta el", since: "desde el", none: "sin indicar" },
};

export function formatDate(iso: string, locale: Locale = "en"): string {
  return DAY[locale].format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

/** The refers-to period in words, preferring the reporter's own label. */
export function formatPeriod(
  o: { refersStart: string | null; refersEnd: string | null; refersLabel: string | null },
  locale: Locale = "en",
): string {
  const w = PERIOD_WORDS[locale];
  const d = (iso: string) => formatDate(iso, locale);
  if (o.refersLabel) return o.refersLabel;
  if (o.refersStart && o.refersEnd)
    return o.refersStart === o.refersEnd ? d(o.refersStart) : `${d(o.refersStart)} – ${d(o.refersEnd)}`;
  if (o.refersEnd) return `${w.through} ${d(o.refersEnd)}`;
  if (o.refersStart) return `${w.since} ${d(o.refersStart)}`;
  return w.none;
}
