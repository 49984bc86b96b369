import "server-only";
// Throttling shared by every process of the app: rate-limiter-flexible over PostgreSQL's
// `rate_limit` table (created by our migrations, so `tableCreated: true`). One limiter per
// (points, duration) pair; a key is whatever the caller throttles on ("extract:ip:1.2.3.4",
// "sign-in:email:ana@…"). Over the limit → a 429 AppError that says how long to wait.
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { getPgPool } from "../db/pg-pool";
import { TooManyRequestsError } from "../errors";

const globalForThrottle = globalThis as unknown as { tallyLimiters?: Map<string, RateLimiterPostgres> };

function limiterFor(points: number, durationSeconds: number): RateLimiterPostgres {
  const limiters = (globalForThrottle.tallyLimiters ??= new Map());
  const id = `${points}/${durationSeconds}`;
  let limiter = limiters.get(id);
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: getPgPool(),
      storeType: "pool",
      tableName: "rate_limit",
      tableCreated: true,
      keyPrefix: `t${id}`,
      points,
      duration: durationSeconds,
    });
    limiters.set(id, limiter);
  }
  return limiter;
}

function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

/** Spends one point of `key`'s allowance of `points` per `durationSeconds`; throws a 429 when none is left. */
export async function consumeThrottle(opts: {
  key: string;
  points: number;
  durationSeconds: number;
  message?: string;
}): Promise<{ remaining: number }> {
  try {
    const res = await limiterFor(opts.points, opts.durationSeconds).consume(opts.key);
    return { remaining: res.remainingPoints };
  } catch (e) {
    if (!(e instanceof RateLimiterRes)) throw e;
    const seconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
    throw new TooManyRequestsError(
      `${opts.message ?? "Too many requests."} Try again in ${waitText(seconds)}.`,
      seconds,
    );
  }
}
