import "server-only";
// Failed sign-ins are counted per account and per IP address in PostgreSQL (so every server
// process shares the count) by rate-limiter-flexible. Past the limit, sign-in is refused with
// the wait time, even with the right password, until the block ends.
import { RateLimiterPostgres, type RateLimiterRes } from "rate-limiter-flexible";
import { getPgPool } from "../db/pg-pool";

const WINDOW_SECONDS = 15 * 60;
export const SIGN_IN_LIMITS = {
  account: { points: 5, duration: WINDOW_SECONDS, blockDuration: WINDOW_SECONDS },
  ip: { points: 20, duration: WINDOW_SECONDS, blockDuration: WINDOW_SECONDS },
} as const;

type Scope = keyof typeof SIGN_IN_LIMITS;
const globalForLimiters = globalThis as unknown as { tallySignInLimiters?: Record<Scope, RateLimiterPostgres> };

function limiters(): Record<Scope, RateLimiterPostgres> {
  const make = (scope: Scope) =>
    new RateLimiterPostgres({ storeClient: getPgPool(), tableName: "rate_limit", tableCreated: true, keyPrefix: `sign_in_${scope}`, ...SIGN_IN_LIMITS[scope] });
  globalForLimiters.tallySignInLimiters ??= { account: make("account"), ip: make("ip") };
  return globalForLimiters.tallySignInLimiters;
}

export type ThrottleKeys = { account: string; ip: string };

/** Seconds until sign-in is allowed again for these keys, or 0. */
export async function secondsUntilSignInAllowed(keys: ThrottleKeys): Promise<number> {
  const l = limiters();
  const waits = await Promise.all(
    (Object.keys(keys) as Scope[]).map(async (scope) => {
      const res = await l[scope].get(keys[scope]);
      return res && res.consumedPoints >= SIGN_IN_LIMITS[scope].points ? Math.ceil(res.msBeforeNext / 1000) : 0;
    }),
  );
  return Math.max(...waits);
}

/** Counts one failed attempt against both keys. */
export async function recordFailedSignIn(keys: ThrottleKeys): Promise<void> {
  const l = limiters();
  await Promise.all(
    (Object.keys(keys) as Scope[]).map((scope) => l[scope].consume(keys[scope]).catch((e: RateLimiterRes | Error) => {
      if (e instanceof Error) throw e; // a database error, not "limit reached"
    })),
  );
}

/** A successful sign-in forgets the account's failures (the IP's stay). */
export async function forgetFailedSignIns(keys: Pick<ThrottleKeys, "account">): Promise<void> {
  await limiters().account.delete(keys.account);
}
