import "server-only";
// The raw pg pool for lag-tolerant reads (the chart's COPY, paged JSON, CSV and zip exports),
// routed as getReadDb routes Prisma: to a well replica unless the request must read its own
// writes (lib/db/read-target.ts) or none is well; else the primary's pool of the same purpose.
// A replica's pool hands a query or a connection it cannot get to the primary's pool instead;
// a buffered COPY is asked again of the primary (copy-binary.ts); a CSV already streaming from a
// replica that then dies fails like any cut connection (bytes have been sent).
import pg from "pg";
import { isReplicaTrouble } from "./is-replica-trouble";
import { isDatabaseUnavailable } from "./is-unavailable";
import { getExportPool, getPgPool, poolOptions } from "./pg-pool";
import { POOL_SETTINGS } from "./pool-settings";
import { mustReadPrimary } from "./read-target";
import { markReplicaDown, wellReplicas, type Replica } from "./replicas";

export type ReadPoolPurpose = "raw" | "export";

export async function getReadPool(opts: { purpose?: ReadPoolPurpose } = {}): Promise<pg.Pool> {
  const purpose = opts.purpose ?? "raw";
  const primary = purpose === "export" ? getExportPool() : getPgPool();
  const replicas = await wellReplicas();
  if (replicas.length === 0 || (await mustReadPrimary())) return primary;
  const replica = replicas[Math.floor(Math.random() * replicas.length)]!;
  let pool = replica.handles.pools.get(purpose);
  if (!pool) {
    pool = new FallbackPool(poolOptions(POOL_SETTINGS[purpose], replica.url), replica, primary);
    replica.handles.pools.set(purpose, pool);
  }
  return pool;
}

/**
 * The primary's pool behind a replica's, for a read that can be asked again from the start (a
 * buffered COPY, lib/db/copy-binary.ts) after the replica failed it; null for any other pool.
 */
export function primaryBehind(pool: pg.Pool): pg.Pool | null {
  return pool instanceof FallbackPool ? pool.primary : null;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- pg.Pool's query/connect are overloaded; these pass every form through */
class FallbackPool extends pg.Pool {
  constructor(
    config: pg.PoolConfig,
    private readonly replica: Replica,
    readonly primary: pg.Pool,
  ) {
    super({ ...config, application_name: "tally-replica-read" });
    // An idle connection that dies (the replica stopped) marks it down, and is not uncaught.
    this.on("error", (e) => this.trouble(e));
    // pg-pool listens for errors on idle connections only; one in use that dies must not be uncaught.
    this.on("connect", (client) => client.on("error", (e) => this.trouble(e)));
  }

  private trouble(e: unknown) {
    if (isDatabaseUnavailable(e)) markReplicaDown(this.replica);
  }

  override connect(...args: any[]): any {
    // With a callback: pg-pool's own query() asking for a connection; query() below handles it.
    if (args.length > 0) return (super.connect as (...a: any[]) => any).apply(this, args);
    return super.connect().catch((e: unknown) => {
      if (!isDatabaseUnavailable(e)) throw e;
      this.trouble(e);
      return this.primary.connect();
    });
  }

  override query(...args: any[]): any {
    const run = super.query as (...a: any[]) => any;
    if (typeof args.at(-1) === "function") return run.apply(this, args);
    return (run.apply(this, args) as Promise<unknown>).catch((e: unknown) => {
      if (!isReplicaTrouble(e)) throw e;
      this.trouble(e);
      return (this.primary.query as (...a: any[]) => any).apply(this.primary, args);
    });
  }
}
/* eslint-enable @typescript-eslint/no-explicit-any */
