// The database a shell script works on: DATABASE_URL, else the embedded PostgreSQL of `npm start`
// — the running one if `npm start` is up, otherwise started for the moment (and stopped by
// `close`). Migrations are applied first.
import { existsSync } from "node:fs";
import path from "node:path";
import { createDb, type Db } from "../lib/db/client";
import { embeddedUrl, startEmbeddedPostgres, type EmbeddedServer } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { env } from "../lib/env";
import { AppError } from "../lib/errors";

export async function openScriptDatabase(): Promise<{ db: Db; close: () => Promise<void> }> {
  let embedded: EmbeddedServer | undefined;
  let url = env.DATABASE_URL;
  if (!url) {
    const dataDir = path.resolve(env.TALLY_DATA_DIR, "pg");
    if (existsSync(path.join(dataDir, "postmaster.pid"))) url = embeddedUrl(env.TALLY_PG_PORT);
    else url = (embedded = await startEmbeddedPostgres({ dataDir, port: env.TALLY_PG_PORT })).url;
  }
  await migrate({ databaseUrl: url });
  const db = createDb(url);
  return {
    db,
    close: async () => {
      await db.$disconnect();
      await embedded?.stop();
    },
  };
}

/**
 * Runs a shell command's work on the script database: an AppError is printed with its fields
 * (`--email: …`) and exits 1; anything else is a crash. The explicit exit matters: the database
 * pool's timers must not keep a failed run alive or let it exit 0.
 */
export function runOnScriptDatabase(work: (db: Db) => Promise<void>): void {
  const run = async () => {
    const { db, close } = await openScriptDatabase();
    try {
      await work(db);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      const fields = Object.entries(e.fields ?? {}).map(([k, v]) => `  --${k}: ${v.join(" ")}`);
      console.error([e.message, ...fields].join("\n"));
      process.exitCode = 1;
    } finally {
      await close();
    }
  };
  run().then(
    () => process.exit(process.exitCode ?? 0),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
