// The database a shell script works on: DATABASE_URL, else the embedded PostgreSQL of `npm start`
// — the running one if `npm start` is up, otherwise started for the moment (and stopped by
// `close`). Migrations are applied first.
import { existsSync } from "node:fs";
import path from "node:path";
import { createDb, type Db } from "../lib/db/client";
import { embeddedUrl, startEmbeddedPostgres, type EmbeddedServer } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { env } from "../lib/env";

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
