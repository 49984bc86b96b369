// `npm start` / `npm run dev`: everything Tally needs, in order.
//   1. PostgreSQL: DATABASE_URL if set, else an embedded server with its data in .data/pg
//   2. migrations (lib/db/migrate.ts), 3. demo data if the database is empty,
//   4. a production build if there is none (or --build), 5. `next start` (or `next dev`), with the
//      Node flags of scripts/server-node-flags.ts.
// Ctrl-C stops the web server, then PostgreSQL, cleanly.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { createDb } from "../lib/db/client";
import { startEmbeddedPostgres, type EmbeddedServer } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { loadDemoData } from "../lib/demo/load-demo-data";
import { env } from "../lib/env";
import { ensureFirstAdmin } from "../lib/users/ensure-first-admin";
import { PEER_ADDRESS_FLAGS, SERVER_NODE_FLAGS } from "./server-node-flags";

const args = new Set(process.argv.slice(2));
const isDev = args.has("--dev");
const log = (line: string) => console.log(`[tally] ${line}`);
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

async function main() {
  let embedded: EmbeddedServer | undefined;
  let databaseUrl = env.DATABASE_URL;
  if (databaseUrl) {
    log(`using the PostgreSQL server in DATABASE_URL (${new URL(databaseUrl).host})`);
  } else {
    const dataDir = path.resolve(env.TALLY_DATA_DIR, "pg");
    if (args.has("--fresh")) rmSync(dataDir, { recursive: true, force: true });
    log(`starting embedded PostgreSQL (data: ${path.relative(process.cwd(), dataDir)}, port ${env.TALLY_PG_PORT})`);
    try {
      embedded = await startEmbeddedPostgres({ dataDir, port: env.TALLY_PG_PORT, log });
    } catch (e) {
      console.error(`[tally] PostgreSQL did not start: ${(e as Error).message}
        Is another Tally already running on port ${env.TALLY_PG_PORT}? Stop it, or set TALLY_PG_PORT.`);
      process.exit(1);
    }
    databaseUrl = embedded.url;
  }
  process.env.DATABASE_URL = databaseUrl;

  const applied = await migrate({ databaseUrl, log }).catch(async (e: Error) => {
    console.error(`[tally] could not prepare the database: ${e.message}`);
    await embedded?.stop();
    process.exit(1);
  });
  if (applied.length === 0) log("database schema is up to date");

  process.env.AUTH_SECRET ||= ensureAuthSecret(path.resolve(env.TALLY_DATA_DIR, "auth-secret"));

  const db = createDb(databaseUrl);
  if ((await db.figure.count()) === 0) {
    const added = await loadDemoData({ db });
    log(`loaded demo data: ${added.figures} figures, ${added.observations} reported values, ${added.outlets} outlets, ${added.events} events`);
  }
  const admin = await ensureFirstAdmin({ db });
  if (admin) {
    log("created the first admin account — this password is shown only now:");
    log(`    email:    ${admin.email}`);
    log(`    password: ${admin.password}`);
    log("  sign in at /sign-in, then add your colleagues under Admin → People.");
  }
  await db.$disconnect();

  if (!isDev && (args.has("--build") || !existsSync(".next/BUILD_ID"))) {
    log("building the app (first start only; `npm run build` rebuilds)…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: process.env });
    if (build.status !== 0) {
      await embedded?.stop();
      process.exit(build.status ?? 1);
    }
  }

  const port = String(env.PORT);
  const nodeFlags = [...PEER_ADDRESS_FLAGS, ...(isDev ? [] : SERVER_NODE_FLAGS)];
  const web = spawn(process.execPath, [...nodeFlags, nextBin, isDev ? "dev" : "start", "--port", port], { stdio: "inherit", env: process.env });
  log(`Tally is starting at http://localhost:${port}`);

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log("stopping…");
    if (web.exitCode === null) {
      web.kill("SIGTERM");
      await new Promise((resolve) => web.once("exit", resolve));
    }
    await embedded?.stop();
    log("stopped");
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  web.on("exit", (code) => void stop(code ?? 0));
}

/** AUTH_SECRET unset: a random one, kept beside the data so sessions survive restarts. */
function ensureAuthSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  log(`made a session-signing secret in ${path.relative(process.cwd(), file)} (set AUTH_SECRET to use your own)`);
  return secret;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
