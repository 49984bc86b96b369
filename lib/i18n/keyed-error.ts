// An AppError written from the catalogue (messages/<locale>/apiErrors.json): its English text for
// logs, tests and English readers, and its key, so the boundary (localize-error.ts) renders it in
// the reader's language — a message with a select or a plural cannot be read back from its text.
import { AppError, type ErrorCode, type FieldErrors } from "../errors";
import { errorText, type ErrorKey, type ErrorParams } from "./error-text";

export function keyedError(code: ErrorCode, key: ErrorKey, params?: ErrorParams, fields?: FieldErrors): AppError {
  return new AppError(code, errorText(key, params), fields).withKey(key, params);
}
