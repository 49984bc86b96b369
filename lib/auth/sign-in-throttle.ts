import "server-only";
// Failed sign-ins are counted in PostgreSQL (so every server process shares the count) by
// rate-limiter-flexible, per account and per client address.
// - Per account: progressive delays, never a lockout. After ACCOUNT_FREE_FAILURES failures each
//   attempt (right password or not) waits 1, 2, 4 … up to MAX_DELAY_SECONDS before it is
//   answered. Guessing slows to a crawl, and nobody can lock the owner out with wrong passwords.
// - Per address (the real one, lib/throttle/client-ip): a hard limit, which only stops the
//   address that failed. No address known → no per-address count (never one shared bucket).
import { RateLimiterPostgres, type RateLimiterRes } from "rate-limiter-flexible";
import { getPgPool } from "../db/pg-pool";

const WINDOW_SECONDS = 15 * 60;
export const ACCOUNT_FREE_FAILURES = 3;
export const MAX_DELAY_SECONDS = 10;
export const SIGN_IN_LIMITS = {
  // A count, not a block: `points` is only there so consume() never refuses.
  account: { points: 1_000_000, duration: WINDOW_SECONDS },
  ip: { points: 20, duration: WINDOW_SECONDS, blockDuration: WINDOW_SECONDS },
} as const;

type Scope = keyof typeof SIGN_IN_LIMITS;
const globalForLimiters = globalThis as unknown as { tallySignInLimiters?: Record<Scope, RateLimiterPostgres> };

function limiters(): Record<Scope, RateLimiterPostgres> {
  const make = (scope: Scope) =>
    new RateLimiterPostgres({
      storeClient: getPgPool(),
      tableName: "rate_limit",
      tableCreated: true,
      keyPrefix: `sign_in_${scope}`,
      ...SIGN_IN_LIMITS[scope],
    });
  globalForLimiters.tallySignInLimiters ??= { account: make("account"), ip: make("ip") };
  return globalForLimiters.tallySignInLimiters;
}

export type ThrottleKeys = { account: string; ip: string | null };

/** The delay before answering after `failures` recent failures of one account (pure). */
export function delayAfterFailures(failures: number): number {
  if (failures < ACCOUNT_FREE_FAILURES) return 0;
  return Math.min(MAX_DELAY_SECONDS, 2 ** (failures - ACCOUNT_FREE_FAILURES));
}

/** Seconds this account's attempts are held back before they are answered. */
export async function signInDelaySeconds(keys: Pick<ThrottleKeys, "account">): Promise<number> {
  const res = await limiters().account.get(keys.account);
  return delayAfterFailures(res?.consumedPoints ?? 0);
}

/** Seconds until this address may try again (its hard limit), or 0. */
export async function secondsUntilAddressAllowed(keys: Pick<ThrottleKeys, "ip">): Promise<number> {
  if (!keys.ip) return 0;
  const res = await limiters().ip.get(keys.ip);
  return res && res.consumedPoints >= SIGN_IN_LIMITS.ip.points ? Math.ceil(res.msBeforeNext / 1000) : 0;
}

/** Counts one failed attempt against the account and the address. */
export async function recordFailedSignIn(keys: ThrottleKeys): Promise<void> {
  const l = limiters();
  const scopes: Scope[] = keys.ip ? ["account", "ip"] : ["account"];
  await Promise.all(
    scopes.map((scope) =>
      l[scope].consume(keys[scope]!).catch((e: RateLimiterRes | Error) => {
        if (e instanceof Error) throw e; // a database error, not "limit reached"
      }),
    ),
  );
}

/** A successful sign-in forgets the account's failures (the address's stay). */
export async function forgetFailedSignIns(keys: Pick<ThrottleKeys, "account">): Promise<void> {
  await limiters().account.delete(keys.account);
}
