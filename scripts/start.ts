// `npm start` / `npm run dev`: everything Tally needs, in order.
//   1. PostgreSQL: DATABASE_URL if set, else an embedded server with its data in .data/pg
//   2. migrations (lib/db/migrate.ts), 3. demo data if the database is empty,
//   4. a production build if there is none (or --build), 5. `next start` (or `next dev`), with the
//      Node flags of scripts/server-node-flags.ts.
// Ctrl-C / SIGTERM stops the web server, then PostgreSQL, each with a deadline. A crashed embedded
// PostgreSQL is restarted (lib/db/supervise-embedded.ts); a web server that dies ends Tally non-zero.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { createDb } from "../lib/db/client";
import { startEmbeddedPostgres, type EmbeddedServer } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { waitForExit } from "../lib/db/process-info";
import { superviseEmbedded } from "../lib/db/supervise-embedded";
import { loadDemoData } from "../lib/demo/load-demo-data";
import { env } from "../lib/env";
import { ensureFirstAdmin } from "../lib/users/ensure-first-admin";
import { SERVER_PRELOAD_FLAGS, SERVER_NODE_FLAGS } from "./server-node-flags";

const args = new Set(process.argv.slice(2));
const isDev = args.has("--dev");
const log = (line: string) => console.log(`[tally] ${line}`);
const WEB_STOP_TIMEOUT_MS = 15_000;
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

// Set once PostgreSQL is up, so every way out (error, signal, a dead web server) stops it.
let embedded: EmbeddedServer | undefined;
let web: ChildProcess | undefined;
let watcher: { stop: () => void } | undefined;
let stopping = false;

async function main() {
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
      const reason = e instanceof Error ? e.message : String(e);
      console.error(`[tally] PostgreSQL did not start: ${reason}`);
      process.exit(1);
    }
    databaseUrl = embedded.url;
  }
  process.env.DATABASE_URL = databaseUrl;

  // Migrations hold a session advisory lock: straight to the primary, never through a pooler.
  const applied = await migrate({ databaseUrl: env.DATABASE_DIRECT_URL ?? databaseUrl, log }).catch(
    async (e: Error) => {
      console.error(`[tally] could not prepare the database: ${e.message}`);
      return stop(1);
    },
  );
  if (applied.length === 0) log("database schema is up to date");

  if (!process.env.AUTH_SECRET && env.DATABASE_URL) {
    // Another app server on this database with another secret would refuse this one's sessions.
    log("AUTH_SECRET is not set: every app server on this database must share one (README, Running at scale)");
  }
  process.env.AUTH_SECRET ||= ensureAuthSecret(path.resolve(env.TALLY_DATA_DIR, "auth-secret"));

  const db = createDb(databaseUrl);
  if ((await db.figure.count()) === 0) {
    const added = await loadDemoData({ db });
    log(
      `loaded demo data: ${added.figures} figures, ${added.observations} reported values, ` +
        `${added.outlets} outlets, ${added.events} events`,
    );
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
    if (build.status !== 0) return stop(build.status ?? 1);
  }

  const port = String(env.PORT);
  const nodeFlags = [...SERVER_PRELOAD_FLAGS, ...(isDev ? [] : SERVER_NODE_FLAGS)];
  web = spawn(process.execPath, [...nodeFlags, nextBin, isDev ? "dev" : "start", "--port", port], {
    stdio: "inherit",
    env: process.env,
  });
  log(`Tally is starting at http://localhost:${port}`);
  // The web server ending on its own (a crash, a kill) ends Tally with a non-zero code.
  web.on("exit", (code, signal) => {
    if (!stopping) log(`the web server exited (${signal ?? `code ${code}`})`);
    void stop(code === 0 && !signal ? 0 : 1);
  });
  if (embedded) {
    watcher = superviseEmbedded({
      server: embedded,
      log,
      onGiveUp: (reason) => {
        console.error(`[tally] ${reason}; stopping`);
        void stop(1);
      },
    });
  }
}

/** Stops in order — web server, then PostgreSQL — with a deadline on each wait; never hangs. */
async function stop(code: number): Promise<never> {
  if (stopping) return new Promise<never>(() => {});
  stopping = true;
  log("stopping…");
  watcher?.stop();
  if (web && web.exitCode === null && web.signalCode === null) {
    web.kill("SIGTERM"); // Next finishes in-flight requests, then exits
    if (!(await waitForExit(web, WEB_STOP_TIMEOUT_MS))) {
      log(`the web server did not stop within ${WEB_STOP_TIMEOUT_MS / 1000} s; killing it`);
      web.kill("SIGKILL");
      await waitForExit(web, 2_000);
    }
  }
  await embedded?.stop().catch((e: Error) => log(`PostgreSQL did not stop cleanly: ${e.message}`));
  log("stopped");
  process.exit(code);
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

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void stop(0));

main().catch((e: unknown) => {
  console.error(`[tally] ${e instanceof Error ? e.message : String(e)}`);
  void stop(1);
});
