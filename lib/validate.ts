// zod at every boundary: turn a failed parse into one AppError that names each bad field.
import { z } from "zod";
import { AppError, type FieldErrors } from "./errors";
import { errorText } from "./i18n/error-text";
import { LOCALES, type Locale } from "./i18n/locales";
import { translateFieldErrors } from "./i18n/localize-error";

/** zod's own words for its generic issues ("expected number"), per interface language. */
const ZOD_LOCALES: Record<Exclude<Locale, "en">, () => { localeError: z.core.$ZodErrorMap }> = { es: z.locales.es };

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

export function parseInput<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const fields = fieldErrorsOf(parsed.error);
  const names = Object.keys(fields).filter((k) => k !== "_");
  const params = { count: names.length, fields: names.join(", ") };
  const err = names.length
    ? new AppError("validation_failed", errorText("fixFields", params), fields).withKey("fixFields", params)
    : new AppError("validation_failed", fields._?.[0] ?? errorText("inputInvalid"), fields);
  if (!names.length && !fields._) err.withKey("inputInvalid");
  err.localizedFields = localizedFieldsOf(schema, data);
  throw err;
}

/**
 * The same failed parse in the other languages: a second parse with zod's locale error map writes
 * its generic issues in that language (our own messages win over it, and are translated by key).
 * Only on failure, so a valid input pays nothing.
 */
function localizedFieldsOf(schema: z.ZodType, data: unknown): Record<string, FieldErrors> {
  const out: Record<string, FieldErrors> = {};
  for (const locale of LOCALES) {
    if (locale === "en") continue;
    const again = schema.safeParse(data, { error: ZOD_LOCALES[locale]().localeError });
    if (!again.success) out[locale] = translateFieldErrors(fieldErrorsOf(again.error), locale);
  }
  return out;
}

/** Years PostgreSQL and every reader handle alike: 0001–9999 (zod's ISO formats let 0000 through). */
export function isYearInRange(iso: string): boolean {
  const t = Date.parse(/^\d{4}-\d\d-\d\d$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(t)) return false;
  const year = new Date(t).getUTCFullYear();
  return year >= 1 && year <= 9999;
}
const YEAR_MESSAGE = errorText("yearRange");

/** An ISO date (YYYY-MM-DD) in years 0001–9999. */
export const isoDate = (error: string) => z.iso.date({ error }).refine(isYearInRange, YEAR_MESSAGE);
/** An ISO date-time with an offset, in years 0001–9999 (UTC). */
export const isoDateTime = (error?: string) =>
  z.iso.datetime({ offset: true, error }).refine(isYearInRange, YEAR_MESSAGE);
