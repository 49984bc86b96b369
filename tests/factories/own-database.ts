// For a test file that changes what every other file would read (sign-in only, the cache policy):
// a migrated database of its own for the whole file, made before lib/db first connects and
// dropped afterwards.
import { afterAll, beforeAll, inject } from "vitest";
import { createTemporaryDatabase } from "@/lib/db/temporary-database";
import { migrate } from "@/lib/db/migrate";

export function withOwnDatabase(prefix: string): void {
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const temp = await createTemporaryDatabase({ serverUrl: inject("databaseUrl"), prefix });
    drop = temp.drop;
    await migrate({ databaseUrl: temp.url });
    process.env.DATABASE_URL = temp.url; // read when lib/db first connects, which is after this
  });
  afterAll(async () => {
    const { getDb } = await import("@/lib/db/client");
    const { getPgPool } = await import("@/lib/db/pg-pool");
    await getDb().$disconnect();
    await getPgPool().end();
    await drop();
  });
}
