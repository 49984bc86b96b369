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
  /** The message's catalogue key and values, when it was made from one (lib/i18n/error-text.ts). */
  i18n?: { key: string; params?: Record<string, string | number> };
  /** Field messages already written in other languages (zod's own words; lib/validate.ts). */
  localizedFields?: Record<string, FieldErrors>;
  /** The message already written in other languages, when it is composed of parts (lib/observations/log-observations.ts). */
  localizedMessages?: Record<string, string>;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
  ) {
    super(message);
    this.name = "AppError";
  }

  /** Tags the error with the catalogue key its message was written from. */
  withKey(key: string, params?: Record<string, string | number>): this {
    this.i18n = { key, params };
    return this;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  /** More members of the error body, for an error that carries more than fields (an import's rows). */
  extraBody(): Record<string, unknown> | undefined {
    return undefined;
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

export type ErrorBody = { error: { code: ErrorCode; message: string; fields?: FieldErrors } & Record<string, unknown> };

/** The body, with `message` and `fields` in the reader's words when given (lib/i18n/localize-error.ts). */
export function toErrorBody(err: AppError, words: { message: string; fields?: FieldErrors } = err): ErrorBody {
  return {
    error: {
      code: err.code,
      message: words.message,
      ...(words.fields ? { fields: words.fields } : {}),
      ...err.extraBody(),
    },
  };
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
    return new AppError(
      "unavailable",
      "The database is not reachable right now. Nothing was saved; try again in a few seconds.",
    ).withKey("unavailable");
  }
  logger.error({ err, ...context }, "unexpected error");
  return new AppError("internal", "Something went wrong on our side. The error has been logged.").withKey("internal");
}
