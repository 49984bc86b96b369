// zod at every boundary: turn a failed parse into one AppError that names each bad field.
import type { z } from "zod";
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
