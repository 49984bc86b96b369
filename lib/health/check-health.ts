import "server-only";
import { getDb, type DbOrTx } from "../db/client";
import { poolStats } from "../db/pg-pool";

export type Health = {
  status: "ok" | "degraded";
  db: "ok" | "down";
  /** Each raw pool's connections; a pool listed in `saturated` has requests waiting for one. */
  pools: ReturnType<typeof poolStats>;
  saturated: string[];
};

/** What /api/health reports: the database answers, and which pools are full. */
export async function getHealth(): Promise<Health> {
  const isUp = await checkHealth();
  const pools = poolStats();
  const saturated = Object.entries(pools)
    .filter(([, p]) => p.waiting > 0 || (p.total >= p.max && p.idle === 0))
    .map(([name]) => name);
  return { status: isUp ? "ok" : "degraded", db: isUp ? "ok" : "down", pools, saturated };
}

/** True when the database answers a trivial query within two seconds. */
export async function checkHealth(opts: { db?: DbOrTx } = {}): Promise<boolean> {
  const db = opts.db ?? getDb();
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), 2000).unref?.());
  const probe = db.$queryRaw`SELECT 1`.then(() => true).catch(() => false);
  return Promise.race([probe, timeout]);
}
