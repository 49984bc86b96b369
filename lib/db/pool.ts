import "server-only";
// A plain node-postgres pool beside Prisma, for the libraries that speak `pg` themselves
// (rate-limiter-flexible; streaming COPY). One per process, like the Prisma client.
import pg from "pg";
import { requireDatabaseUrl } from "../env";

const globalForPool = globalThis as unknown as { tallyPool?: pg.Pool };

export function getPool(): pg.Pool {
  globalForPool.tallyPool ??= new pg.Pool({ connectionString: requireDatabaseUrl(), max: 5 });
  return globalForPool.tallyPool;
}
