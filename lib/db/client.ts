import "server-only";
// The one Prisma client, over node-postgres (no native query engine). Kept on globalThis
// so `next dev` hot reloads do not open a new pool each time.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { requireDatabaseUrl } from "../env";
import { markDatabaseDown } from "./availability";
import { isDatabaseUnavailable } from "./is-unavailable";
import { POOL_SETTINGS, statementTimeoutOption } from "./pool-settings";

// The generated client stays behind this door: the rest of lib imports Prisma's types from here.
export { Prisma } from "./generated/client";

export type Db = PrismaClient;
/** What a domain function may receive: the client itself, or a transaction's client. */
export type DbOrTx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const globalForDb = globalThis as unknown as { tallyDb?: PrismaClient };

/** A client for scripts (no time limits: seeding and benches run long statements). */
export function createDb(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
}

/** The app's client: bounded waits, and a lost connection marks the database down at once. */
export function getDb(): PrismaClient {
  const { max, connectionTimeoutMillis, statementTimeoutMs } = POOL_SETTINGS.prisma;
  const onError = (e: Error) => {
    if (isDatabaseUnavailable(e)) markDatabaseDown();
  };
  globalForDb.tallyDb ??= new PrismaClient({
    adapter: new PrismaPg(
      {
        connectionString: requireDatabaseUrl(),
        max,
        connectionTimeoutMillis,
        options: statementTimeoutOption(statementTimeoutMs),
      },
      { onPoolError: onError, onConnectionError: onError },
    ),
  });
  return globalForDb.tallyDb;
}
