import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { migrate, MIGRATIONS_DIR, readMigrations } from "@/lib/db/migrate";
import { createTemporaryDatabase } from "@/lib/db/temporary-database";

async function withFreshDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const db = await createTemporaryDatabase({ serverUrl: inject("databaseUrl"), prefix: "tally_mig" });
  try {
    return await fn(db.url);
  } finally {
    await db.drop();
  }
}

describe("migrate", () => {
  it("applies every committed migration once, recorded in _prisma_migrations with Prisma's checksum", async () => {
    await withFreshDatabase(async (url) => {
      const names = readMigrations().map((m) => m.name);
      expect(names.length).toBeGreaterThanOrEqual(2);
      // Two deploys racing (two app instances starting at once) apply each migration once.
      const [a, b] = await Promise.all([migrate({ databaseUrl: url }), migrate({ databaseUrl: url })]);
      expect([...a, ...b].sort()).toEqual(names);
      expect(await migrate({ databaseUrl: url })).toEqual([]);

      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query(
        `SELECT migration_name, checksum, finished_at IS NOT NULL AS done, applied_steps_count FROM _prisma_migrations ORDER BY migration_name`,
      );
      await client.end();
      expect(rows).toEqual(
        names.map((name) => ({
          migration_name: name,
          checksum: createHash("sha256")
            .update(readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql")))
            .digest("hex"),
          done: true,
          applied_steps_count: 1,
        })),
      );
    });
  });
});
