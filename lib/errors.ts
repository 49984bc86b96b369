// One error type for domain code and one JSON shape for every API error:
// {"error":{"code":"…","message":"…","fields":{…}}}
import { isDatabaseUnavailable } from "./db/is-unavailable";
import { logger } from "./log/logger";

export const ERROR_STATUS = {
  validation_failed: 400,
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  precondition_failed: 412,
  precondition_required: 428,
  payload_too_large: 413,
  too_many_requests: 429,
  unavailable: 503,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
/** Field path ("low", "outlet.name") → messages a person can act on. */
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** 429: the caller must wait; route handlers send `retryAfterSeconds` as the Retry-After header. */
export class TooManyRequestsError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super("too_many_requests", message);
  }
}

export type ErrorBody = { error: { code: ErrorCode; message: string; fields?: FieldErrors } };

export function toErrorBody(err: AppError): ErrorBody {
  return { error: { code: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}) } };
}

/** Retry-After for `unavailable`: the supervisor or the pool usually has the database back by then. */
export const UNAVAILABLE_RETRY_SECONDS = 5;

/**
 * A lost database is `unavailable` (503, try again); anything else that is not an AppError is a bug:
 * log it, tell the client nothing about it.
 */
export function asAppError(err: unknown, context: Record<string, unknown> = {}): AppError {
  if (err instanceof AppError) return err;
  if (isDatabaseUnavailable(err)) {
    logger.warn({ err, ...context }, "database unavailable");
    return new AppError("unavailable", "The database is not reachable right now. Nothing was saved; try again in a few seconds.");
  }
  logger.error({ err, ...context }, "unexpected error");
  return new AppError("internal", "Something went wrong on our side. The error has been logged.");
}
