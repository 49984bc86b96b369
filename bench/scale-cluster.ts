// The machine room of bench/scale.ts, all on 127.0.0.1: a PostgreSQL primary and a streaming
// replica made from the PostgreSQL binaries on the machine (initdb, pg_basebackup -R), Tally's
// production build as N app servers (`next start` with npm start's Node flags), and nginx as a
// non-daemon child with its own prefix, run from deploy/nginx/tally.conf rendered with these
// ports. Everything lives in one temporary directory and is stopped by `stopAll`.
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import {
  appendFileSync,
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { basebackupArgs, findPostgresBinDir } from "../lib/db/replica-cluster";
import { SERVER_PRELOAD_FLAGS, SERVER_NODE_FLAGS } from "../scripts/server-node-flags";

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const children = new Set<ChildProcess>();
export const workDir = mkdtempSync(path.join(tmpdir(), "tally-bench-scale-"));
chmodSync(workDir, 0o777); // PostgreSQL runs as the postgres user when this runs as root

const isRoot = process.getuid?.() === 0;

/** The newest PostgreSQL on the machine that has pg_basebackup beside its server (Debian's layout), if any. */
export function postgresBin(): string | null {
  try {
    return findPostgresBinDir();
  } catch {
    return null;
  }
}

/** Runs a PostgreSQL program, as the postgres user when we are root (PostgreSQL refuses root). */
function pgRun(bin: string, program: string, args: string[]) {
  const cmd = isRoot
    ? ["runuser", ["-u", "postgres", "--", path.join(bin, program), ...args]]
    : [path.join(bin, program), args];
  execFileSync(cmd[0] as string, cmd[1] as string[], { stdio: ["ignore", "ignore", "inherit"] });
}

function startPostgres(bin: string, dataDir: string, port: number): ChildProcess {
  const args = [
    "-D",
    dataDir,
    "-p",
    String(port),
    "-c",
    "listen_addresses=127.0.0.1",
    "-c",
    `unix_socket_directories=${workDir}`,
  ];
  const [cmd, argv] = isRoot
    ? ["runuser", ["-u", "postgres", "--", path.join(bin, "postgres"), ...args]]
    : [path.join(bin, "postgres"), args];
  const child = spawn(cmd, argv, { stdio: ["ignore", "ignore", "ignore"] });
  children.add(child);
  return child;
}

async function waitForPostgres(url: string) {
  for (let i = 0; i < 150; i++) {
    const c = new pg.Client({ connectionString: url });
    c.on("error", () => {});
    try {
      await c.connect();
      await c.end();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`PostgreSQL at ${url} did not start`);
}

export type Databases = { primaryUrl: string; replicaUrl: string | null; replica: ChildProcess | null };

/** A primary (wal_level replica) and, when pg_basebackup is there, a streaming replica of it. */
export async function startDatabases(opts: { port: number; withReplica: boolean }): Promise<Databases> {
  const bin = postgresBin();
  if (!bin) throw new Error("no PostgreSQL binaries under /usr/lib/postgresql (apt-get install postgresql)");
  const primaryDir = path.join(workDir, "primary");
  pgRun(bin, "initdb", ["-D", primaryDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  appendFileSync(
    path.join(primaryDir, "postgresql.conf"),
    "\nwal_level = replica\nmax_wal_senders = 5\nfsync = off\nmax_connections = 200\nshared_buffers = 128MB\n",
  );
  startPostgres(bin, primaryDir, opts.port);
  const admin = `postgresql://postgres@127.0.0.1:${opts.port}/postgres`;
  await waitForPostgres(admin);
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query("CREATE DATABASE tally");
  await c.end();
  const primaryUrl = `postgresql://postgres@127.0.0.1:${opts.port}/tally`;
  if (!opts.withReplica) return { primaryUrl, replicaUrl: null, replica: null };
  const replicaDir = path.join(workDir, "replica");
  pgRun(bin, "pg_basebackup", [...basebackupArgs({ port: opts.port, user: "postgres", dir: replicaDir }), "--no-sync"]);
  const replica = startPostgres(bin, replicaDir, opts.port + 1);
  const replicaUrl = `postgresql://postgres@127.0.0.1:${opts.port + 1}/tally`;
  await waitForPostgres(replicaUrl);
  return { primaryUrl, replicaUrl, replica };
}

/** Builds once if there is no production build (or with --build). */
export function ensureBuild() {
  if (!process.argv.includes("--build") && existsSync(".next/BUILD_ID")) return;
  console.log("building…");
  const b = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit" });
  if (b.status !== 0) throw new Error("next build failed");
}

export async function startApp(opts: { port: number; env: Record<string, string> }): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    [...SERVER_NODE_FLAGS, ...SERVER_PRELOAD_FLAGS, nextBin, "start", "--port", String(opts.port)],
    {
      env: { ...process.env, ...opts.env, NODE_ENV: "production", PORT: String(opts.port), TALLY_LOG_LEVEL: "warn" },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  children.add(server);
  for (let i = 0; i < 300; i++) {
    if (server.exitCode !== null) throw new Error(`the app server on ${opts.port} exited (${server.exitCode})`);
    try {
      if ((await fetch(`http://127.0.0.1:${opts.port}/api/health`)).ok) return server;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the app server on ${opts.port} did not start`);
}

/** deploy/nginx/tally.conf with this run's upstreams, listen port and cache path. */
export function renderNginxConfig(opts: { listen: number; appPorts: number[]; cacheDir: string }): string {
  const site = readFileSync("deploy/nginx/tally.conf", "utf8");
  const upstreams = opts.appPorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join("\n");
  const rendered = site
    .replace(/( {4}server 127\.0\.0\.1:\d+ max_fails=1 fail_timeout=5s;\n)+/, `${upstreams}\n`)
    .replace(/proxy_cache_path \S+/, `proxy_cache_path ${opts.cacheDir}`)
    .replace(/listen 80;/, `listen 127.0.0.1:${opts.listen};`);
  if (rendered === site) throw new Error("deploy/nginx/tally.conf no longer has the lines the bench renders");
  return rendered;
}

export async function startNginx(opts: { listen: number; appPorts: number[] }): Promise<ChildProcess> {
  const prefix = path.join(workDir, "nginx");
  for (const d of ["", "logs", "tmp", "cache"]) mkdirSync(path.join(prefix, d), { recursive: true });
  writeFileSync(
    path.join(prefix, "tally.conf"),
    renderNginxConfig({ listen: opts.listen, appPorts: opts.appPorts, cacheDir: path.join(prefix, "cache") }),
  );
  const tmp = path.join(prefix, "tmp");
  writeFileSync(
    path.join(prefix, "nginx.conf"),
    [
      isRoot ? "user root;" : "",
      "worker_processes 1;",
      `pid ${prefix}/nginx.pid;`,
      `error_log ${prefix}/logs/error.log warn;`,
      "events { worker_connections 4096; }",
      "http {",
      "  access_log off;",
      `  client_body_temp_path ${tmp}/body; proxy_temp_path ${tmp}/proxy; fastcgi_temp_path ${tmp}/fcgi;`,
      `  uwsgi_temp_path ${tmp}/uwsgi; scgi_temp_path ${tmp}/scgi;`,
      `  include ${prefix}/tally.conf;`,
      "}",
    ].join("\n"),
  );
  const nginx = spawn("nginx", ["-p", prefix, "-c", path.join(prefix, "nginx.conf"), "-g", "daemon off;"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  children.add(nginx);
  for (let i = 0; i < 100; i++) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited (${nginx.exitCode}); see ${prefix}/logs/error.log`);
    try {
      await fetch(`http://127.0.0.1:${opts.listen}/api/health`);
      return nginx;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("nginx did not start");
}

export async function stopChild(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM") {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill(signal);
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  children.delete(child);
}

export async function stopAll() {
  // App servers and nginx first, PostgreSQL (its runuser wrapper passes SIGTERM on) last.
  const all = [...children].reverse();
  for (const c of all) await stopChild(c);
  rmSync(workDir, { recursive: true, force: true });
}
