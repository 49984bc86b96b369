import "server-only";
import { getDb, type DbOrTx } from "../db/client";

/** True when the database answers a trivial query within two seconds. */
export async function checkHealth(opts: { db?: DbOrTx } = {}): Promise<boolean> {
  const db = opts.db ?? getDb();
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), 2000).unref?.());
  const probe = db.$queryRaw`SELECT 1`.then(() => true).catch(() => false);
  return Promise.race([probe, timeout]);
}
