import "server-only";
import type { DbOrTx } from "./client";

/** True when the database answers a trivial query within two seconds. */
export async function checkHealth(opts: { db: DbOrTx }): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), 2000).unref?.());
  const probe = opts.db.$queryRaw`SELECT 1`.then(() => true).catch(() => false);
  return Promise.race([probe, timeout]);
}
