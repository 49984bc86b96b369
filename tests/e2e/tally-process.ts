// A whole `npm start` of its own (scripts/start.ts on the production build the e2e web server made),
// on free ports and a data dir of its own, for the tests that kill and restart its parts.
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { freePort } from "../../lib/db/embedded";

export type TallyProcess = {
  child: ChildProcess;
  baseUrl: string;
  port: number;
  pgPort: number;
  dataDir: string;
  /** Everything it printed so far, stdout and stderr. */
  output: () => string;
  exited: Promise<number>;
  kill: () => Promise<void>;
};

/** `env`: added last (a DATABASE_URL there makes it use that database instead of its own). */
export async function spawnTally(
  opts: { port?: number; pgPort?: number; dataDir?: string; env?: Record<string, string> } = {},
): Promise<TallyProcess> {
  const port = opts.port ?? (await freePort());
  const pgPort = opts.pgPort ?? (await freePort());
  const dataDir = opts.dataDir ?? path.resolve(`.data/e2e-proc-${port}`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    TALLY_PG_PORT: String(pgPort),
    TALLY_DATA_DIR: dataDir,
  };
  delete env.DATABASE_URL;
  Object.assign(env, opts.env);
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/start.ts"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (b: Buffer) => (out += b.toString()));
  child.stderr!.on("data", (b: Buffer) => (out += b.toString()));
  const exited = new Promise<number>((resolve) =>
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : 0))),
  );
  return {
    child,
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    pgPort,
    dataDir,
    output: () => out,
    exited,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Polls until `check` is true or the deadline passes; returns whether it became true. */
export async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

export async function statusOf(url: string): Promise<number> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(5_000), redirect: "manual" });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0; // no answer at all
  }
}
