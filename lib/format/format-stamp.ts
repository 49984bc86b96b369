// A moment (not a calendar date) as the desk reads it: "Oct 24, 2025, 14:03 UTC" / "24 oct 2025, 14:03 UTC".
import type { Locale } from "../i18n/locales";
import { formatDate } from "./format-date";

export function formatStamp(iso: string, locale: Locale = "en"): string {
  return `${formatDate(iso, locale)}, ${new Date(iso).toISOString().slice(11, 16)} UTC`;
}
