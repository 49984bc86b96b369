// Applies the committed SQL migrations in prisma/migrations, in order, without Prisma's native
// schema engine (it cannot be downloaded everywhere Tally runs). Each migration runs in its own
// transaction and is recorded in Prisma's own `_prisma_migrations` table in that same
// transaction, so `prisma migrate status` on a machine with the engine agrees with us.
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { Umzug, type UmzugStorage } from "umzug";

/** The advisory lock id Prisma itself takes while migrating. */
const PRISMA_MIGRATE_LOCK = 72707369;
export const MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma/migrations");

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

type MigrationFile = { name: string; sql: string; checksum: string };

export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

function storageFor(client: pg.Client, files: MigrationFile[]): UmzugStorage {
  return {
    async executed() {
      const { rows } = await client.query<{ migration_name: string; checksum: string }>(
        `SELECT migration_name, checksum FROM "_prisma_migrations"
          WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      );
      for (const row of rows) {
        const file = files.find((f) => f.name === row.migration_name);
        if (file && file.checksum !== row.checksum) {
          console.warn(`warning: migration ${row.migration_name} was edited after it was applied`);
        }
      }
      return rows.map((r) => r.migration_name);
    },
    // Recorded inside each migration's own transaction (see `up` below), so nothing to do here.
    async logMigration() {},
    async unlogMigration() {
      throw new Error("Tally migrations only go forward; write a new migration instead.");
    },
  };
}

/** Applies every pending migration; returns the names applied. Safe to run concurrently. */
export async function migrate(opts: { databaseUrl: string; log?: (line: string) => void }): Promise<string[]> {
  const files = readMigrations();
  const client = new pg.Client({ connectionString: opts.databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK]);
    await client.query(CREATE_TABLE);
    const umzug = new Umzug({
      migrations: files.map((file) => ({
        name: file.name,
        up: async () => {
          await client.query("BEGIN");
          try {
            await client.query(file.sql);
            await client.query(
              `INSERT INTO "_prisma_migrations"
                 (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
               VALUES ($1, $2, $3, now(), now(), 1)`,
              [randomUUID(), file.checksum, file.name],
            );
            await client.query("COMMIT");
          } catch (err) {
            await client.query("ROLLBACK");
            throw new Error(`Migration ${file.name} failed: ${(err as Error).message}`);
          }
        },
      })),
      storage: storageFor(client, files),
      logger: undefined,
    });
    const applied = await umzug.up();
    for (const m of applied) opts.log?.(`applied migration ${m.name}`);
    return applied.map((m) => m.name);
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK]).catch(() => {});
    await client.end();
  }
}
