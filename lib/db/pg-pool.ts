import "server-only";
// The one raw node-postgres pool, for what Prisma cannot do: streaming COPY … TO STDOUT (exports)
// and cursors, and for libraries that speak `pg` (the throttles). Kept on globalThis like the Prisma client.
import pg from "pg";
import { requireDatabaseUrl } from "../env";
import { TooManyRequestsError } from "../errors";
import { markDatabaseDown } from "./availability";
import { isDatabaseUnavailable } from "./is-unavailable";
import { POOL_SETTINGS, statementTimeoutOption } from "./pool-settings";

const globalForPool = globalThis as unknown as { tallyPgPool?: pg.Pool; tallyExportPool?: pg.Pool };

export function getPgPool(): pg.Pool {
  globalForPool.tallyPgPool ??= createPool(POOL_SETTINGS.raw);
  return globalForPool.tallyPgPool;
}

/** Exports' own small pool (lib/csv): thirty slow downloads cannot take the connections pages need. */
export function getExportPool(): pg.Pool {
  globalForPool.tallyExportPool ??= createPool(POOL_SETTINGS.export);
  return globalForPool.tallyExportPool;
}

/** 429 before a download starts when every export connection is busy (the client retries later). */
export function assertExportCapacity(pool: pg.Pool): void {
  const isFull = pool.waitingCount > 0 || (pool.totalCount >= (pool.options.max ?? 0) && pool.idleCount === 0);
  if (isFull)
    throw new TooManyRequestsError("Too many downloads are running right now; try again in a few seconds.", 5);
}

/** Every pool's counts, for /api/health: `waiting` > 0 means it is saturated. */
export function poolStats(): Record<string, { total: number; idle: number; waiting: number; max: number }> {
  const stats: Record<string, { total: number; idle: number; waiting: number; max: number }> = {};
  const pools = { raw: globalForPool.tallyPgPool, export: globalForPool.tallyExportPool };
  for (const [name, pool] of Object.entries(pools)) {
    if (!pool) continue;
    stats[name] = {
      total: pool.totalCount,
      idle: pool.idleCount,
      waiting: pool.waitingCount,
      max: pool.options.max ?? 0,
    };
  }
  return stats;
}

export type PoolSettings = { max: number; connectionTimeoutMillis: number; statementTimeoutMs: number };

/** A pool's options from its settings (the replicas' pools use the same, lib/db/read-pool.ts). */
export const poolOptions = (settings: PoolSettings, connectionString: string): pg.PoolConfig => ({
  connectionString,
  max: settings.max,
  connectionTimeoutMillis: settings.connectionTimeoutMillis,
  options: statementTimeoutOption(settings.statementTimeoutMs),
});

function createPool(settings: PoolSettings): pg.Pool {
  const pool = new pg.Pool(poolOptions(settings, requireDatabaseUrl()));
  // An idle connection that dies (PostgreSQL restarted) is dropped by the pool; without a listener
  // Node would treat the error as uncaught and end the process.
  pool.on("error", (e) => {
    if (isDatabaseUnavailable(e)) markDatabaseDown();
  });
  return pool;
}

/** A SQL string literal. standard_conforming_strings is on (PostgreSQL's default since 9.1). */
export function sqlLiteral(text: string): string {
  if (text.includes("\0")) throw new Error("NUL cannot appear in a SQL literal");
  return `'${text.replace(/'/g, "''")}'`;
}
