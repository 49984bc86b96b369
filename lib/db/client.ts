import "server-only";
// The one Prisma client, over node-postgres (no native query engine). Kept on globalThis
// so `next dev` hot reloads do not open a new pool each time.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { requireDatabaseUrl } from "../env";

// The generated client stays behind this door: the rest of lib imports Prisma's types from here.
export { Prisma } from "./generated/client";

export type Db = PrismaClient;
/** What a domain function may receive: the client itself, or a transaction's client. */
export type DbOrTx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const globalForDb = globalThis as unknown as { tallyDb?: PrismaClient };

export function createDb(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
}

export function getDb(): PrismaClient {
  globalForDb.tallyDb ??= createDb(requireDatabaseUrl());
  return globalForDb.tallyDb;
}
