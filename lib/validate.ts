// zod at every boundary: turn a failed parse into one AppError that names each bad field.
import { z } from "zod";
import { AppError, type FieldErrors } from "./errors";

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
  const message = names.length
    ? `Please fix ${names.length === 1 ? "this field" : "these fields"}: ${names.join(", ")}.`
    : (fields._?.[0] ?? "The input is not valid.");
  throw new AppError("validation_failed", message, fields);
}

/** Years PostgreSQL and every reader handle alike: 0001–9999 (zod's ISO formats let 0000 through). */
export function isYearInRange(iso: string): boolean {
  const t = Date.parse(/^\d{4}-\d\d-\d\d$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(t)) return false;
  const year = new Date(t).getUTCFullYear();
  return year >= 1 && year <= 9999;
}
const YEAR_MESSAGE = "Use a year between 0001 and 9999.";

/** An ISO date (YYYY-MM-DD) in years 0001–9999. */
export const isoDate = (error: string) => z.iso.date({ error }).refine(isYearInRange, YEAR_MESSAGE);
/** An ISO date-time with an offset, in years 0001–9999 (UTC). */
export const isoDateTime = (error?: string) => z.iso.datetime({ offset: true, error }).refine(isYearInRange, YEAR_MESSAGE);
