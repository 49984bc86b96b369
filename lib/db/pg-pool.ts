import "server-only";
// The one raw node-postgres pool, for what Prisma cannot do: streaming COPY … TO STDOUT (exports)
// and cursors, and for libraries that speak `pg` (the throttles). Kept on globalThis like the Prisma client.
import pg from "pg";
import { requireDatabaseUrl } from "../env";

const globalForPool = globalThis as unknown as { tallyPgPool?: pg.Pool };

export function getPgPool(): pg.Pool {
  globalForPool.tallyPgPool ??= new pg.Pool({ connectionString: requireDatabaseUrl(), max: 10 });
  return globalForPool.tallyPgPool;
}

/** A SQL string literal. standard_conforming_strings is on (PostgreSQL's default since 9.1). */
export function sqlLiteral(text: string): string {
  if (text.includes("\0")) throw new Error("NUL cannot appear in a SQL literal");
  return `'${text.replace(/'/g, "''")}'`;
}
