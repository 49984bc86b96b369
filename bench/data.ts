// npm run bench:data — data in/out figures on 1,000,000 synthetic observations (never in the demo
// data: a database of its own, BENCH_DATABASE_URL, default tally_bench_data on 127.0.0.1:5432).
//  1. GET /api/export.csv vs psql's own COPY of the same SELECT: throughput ratio, TTFB, and the
//     server's peak RSS while exporting 10,000 / 100,000 / 1,000,000 rows.
//  2. GET /api/figures/:slug/observations for a 10,000-value figure at 50 connections (autocannon)
//     vs a bare node:http + pg server (a process of its own) answering the same JSON from the same
//     query: requests/s, latency, and each server's CPU time per request. A second baseline, Next.js
//     alone (bench/next-baseline: one route handler answering the same JSON as a constant, on
//     BENCH_PORT + 2000), says how much of Tally's cost is Next's own request handling.
// Runs against the production build in .next (built first if there is none, or with --build; the
// baseline's in bench/next-baseline/.next likewise), started with npm start's Node flags.
// --only=export or --only=json runs one half. --in-process times the route's GET called directly
// (no server) against the bare server's verb + JSON.stringify: what Tally's own layers cost.
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import autocannon from "autocannon";
import pg from "pg";
import { observationsCsvSelect } from "../lib/csv/observations-sql";
import { migrate } from "../lib/db/migrate";
import { listObservationsPage } from "../lib/observations/list-observations-page";
import { SERVER_NODE_FLAGS, SERVER_PRELOAD_FLAGS } from "../scripts/server-node-flags";

const BASE = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/tally_bench_data";
const PORT = Number(process.env.BENCH_PORT ?? 3301);
const BARE_PORT = PORT + 1000;
const NEXT_ALONE_PORT = PORT + 2000;
const NEXT_ALONE_DIR = fileURLToPath(new URL("./next-baseline", import.meta.url));
const TOTAL = Number(process.env.BENCH_ROWS ?? 1_000_000);
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const log = (...a: unknown[]) => console.log(...a);

async function prepareDatabase() {
  const url = new URL(BASE);
  const name = url.pathname.slice(1);
  const admin = new URL(BASE);
  admin.pathname = "/postgres";
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  const exists = (await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount;
  if (!exists) await c.query(`CREATE DATABASE "${name}"`);
  await c.end();
  await migrate({ databaseUrl: BASE });
  const db = new pg.Client({ connectionString: BASE });
  await db.connect();
  const have = Number((await db.query("SELECT count(*) FROM observation")).rows[0].count);
  if (have !== TOTAL) {
    log(`generating ${TOTAL.toLocaleString("en")} observations…`);
    const t = Date.now();
    // The summaries that triggers keep (migrations 2026112113…/20261202…) have no foreign keys, so
    // CASCADE leaves them: truncated too, the inserts' triggers rebuild them for the new rows.
    await db.query(
      "TRUNCATE observation, figure, outlet, figure_summary, figure_outlet_latest, figure_period_outlet, figure_search CASCADE",
    );
    await db.query(
      `INSERT INTO figure (slug, title, unit, kind) SELECT 'bench-' || g, 'Bench figure ' || g || ', synthetic', 'people', 'cumulative' FROM generate_series(1, 100) g`,
    );
    await db.query(
      `INSERT INTO figure (slug, title, unit, kind) VALUES ('bench-10k', 'Bench figure with 10,000 values', 'people', 'cumulative')`,
    );
    // o10k: 10,000 rows; o90k: 90,000 (so outlets=o10k,o90k is 100,000); the rest spread over 20 outlets.
    await db.query(
      `INSERT INTO outlet (slug, name, kind) SELECT 'bench-outlet-' || g, 'Bench Outlet ' || g, 'newspaper' FROM generate_series(1, 20) g`,
    );
    await db.query(
      `INSERT INTO outlet (slug, name, kind) VALUES ('o10k', 'Outlet 10k', 'wire_agency'), ('o90k', 'Outlet 90k', 'broadcaster')`,
    );
    const insert = (n: number, figureSql: string, outletSql: string) =>
      db.query(
        `INSERT INTO observation (figure_id, outlet_id, value, qualifier, reported_on, cited_sources, quote, note, logged_by, logged_at)
         SELECT ${figureSql}, ${outletSql}, (g * 7 % 100000)::numeric / 100, 'at_least', DATE '2020-01-01' + (g % 2000),
                ARRAY['Ministry of Health', 'AFP tallies'],
                CASE WHEN g % 50 = 0 THEN '=SUM(A1) "quoted", with commas' ELSE 'At least ' || g || ' people, officials said, citing "local sources".' END,
                CASE WHEN g % 10 = 0 THEN 'line one' || chr(10) || 'line two' END, 'bench', now() - (g || ' seconds')::interval
           FROM generate_series(1, ${n}) g`,
      );
    const fig = (expr: string) => `(SELECT id FROM figure WHERE slug = ${expr})`;
    const out = (expr: string) => `(SELECT id FROM outlet WHERE slug = ${expr})`;
    await insert(10_000, fig("'bench-10k'"), out("'o10k'"));
    await insert(90_000, fig("'bench-' || (1 + g % 100)"), out("'o90k'"));
    // The rest in one statement; figure and outlet ids picked from arrays rather than per-row subqueries.
    await db.query(
      `WITH f AS (SELECT array_agg(id) a FROM figure WHERE slug LIKE 'bench-%' AND slug <> 'bench-10k'),
            o AS (SELECT array_agg(id) a FROM outlet WHERE slug LIKE 'bench-outlet-%')
       INSERT INTO observation (figure_id, outlet_id, value, qualifier, reported_on, cited_sources, quote, note, logged_by, logged_at)
       SELECT f.a[1 + g % 100], o.a[1 + g % 20], (g * 7 % 100000)::numeric / 100, 'exact', DATE '2020-01-01' + (g % 2000),
              ARRAY['Ministry of Health'], 'Reported ' || g || ' people, a figure "from hospitals".', NULL, 'bench', now() - (g || ' seconds')::interval
         FROM generate_series(1, ${TOTAL - 100_000}) g, f, o`,
    );
    await db.query("ANALYZE");
    log(`  done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  await db.end();
}

function rssOfTree(pid: number): number {
  // The server and any children it forked, in bytes.
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${p}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      const children = readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim();
      if (children) stack.push(...children.split(/\s+/).map(Number));
    } catch {}
  }
  return total;
}

async function startServer(): Promise<ChildProcess> {
  buildIfNeeded(".");
  // Started as `npm start` starts it (same Node flags), so the RSS figures are the real server's.
  const server = spawn(
    process.execPath,
    [...SERVER_PRELOAD_FLAGS, ...SERVER_NODE_FLAGS, nextBin, "start", "--port", String(PORT)],
    { env: { ...process.env, DATABASE_URL: BASE, NODE_ENV: "production" }, stdio: ["ignore", "ignore", "inherit"] },
  );
  return waitForServer(server, `http://127.0.0.1:${PORT}/api/health`);
}

function buildIfNeeded(dir: string) {
  if (!process.argv.includes("--build") && existsSync(`${dir}/.next/BUILD_ID`)) return;
  log(`building ${dir}…`);
  const b = spawnSync(process.execPath, [nextBin, "build"], { cwd: dir, stdio: "inherit" });
  if (b.status !== 0) throw new Error(`next build failed in ${dir}`);
}

async function waitForServer(server: ChildProcess, url: string): Promise<ChildProcess> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return server;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill("SIGTERM");
  throw new Error(`the server for ${url} did not start`);
}

/** Next.js alone (bench/next-baseline), with Tally's Node flags, answering `body` as a constant. */
async function startNextAlone(body: string): Promise<ChildProcess> {
  buildIfNeeded(NEXT_ALONE_DIR);
  const bodyFile = path.join(mkdtempSync(path.join(tmpdir(), "tally-bench-")), "body.json");
  writeFileSync(bodyFile, body);
  const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, nextBin, "start", "--port", String(NEXT_ALONE_PORT)], {
    cwd: NEXT_ALONE_DIR,
    env: { ...process.env, BENCH_BODY_FILE: bodyFile, NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return waitForServer(server, `http://127.0.0.1:${NEXT_ALONE_PORT}/api/constant`);
}

/** Download to nowhere, timing the first byte and the whole, sampling the server's RSS. */
async function download(url: string, pid: number) {
  const baseline = rssOfTree(pid);
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, rssOfTree(pid))), 25);
  const t0 = performance.now();
  let ttfb = 0;
  let firstRow = 0;
  let lines = 0;
  let bytes = 0;
  await new Promise<void>((resolve, reject) => {
    http
      .get(url, (res) => {
        if (res.statusCode !== 200) reject(new Error(`${url}: ${res.statusCode}`));
        res.on("data", (c: Buffer) => {
          if (!ttfb) ttfb = performance.now() - t0;
          bytes += c.length;
          // The header row is one line; the first data row ends the second.
          if (!firstRow) {
            for (let i = c.indexOf(10); i >= 0; i = c.indexOf(10, i + 1)) lines++;
            if (lines >= 2) firstRow = performance.now() - t0;
          }
        });
        res.on("end", resolve);
        res.on("error", reject);
      })
      .on("error", reject);
  });
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  return { seconds, ttfb, firstRow, bytes, baseline, peak };
}

function psqlCopy(select: string) {
  const t0 = performance.now();
  const out = execFileSync("sh", [
    "-c",
    `psql "${BASE}" -X -q -c "COPY (${select.replace(/"/g, '\\"').replace(/\n/g, " ")}) TO STDOUT WITH (FORMAT csv, HEADER)" | wc -c`,
  ]);
  return { seconds: (performance.now() - t0) / 1000, bytes: Number(String(out).trim()) };
}

const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;

async function exportBench(pid: number) {
  log("\n## GET /api/export.csv vs psql COPY (same SELECT)");
  log(
    "| rows | API s | psql s | ratio (psql/API time) | API MB/s | TTFB ms | first row ms | server RSS before → peak |",
  );
  log("| --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const [rows, outlets] of [
    [10_000, "o10k"],
    [100_000, "o10k,o90k"],
    [TOTAL, ""],
  ] as const) {
    const query = outlets ? `?outlets=${outlets}` : "";
    const select = observationsCsvSelect({
      filters: { includeRetracted: false, outlets: outlets ? outlets.split(",") : undefined },
    });
    await download(`http://127.0.0.1:${PORT}/api/export.csv${query}`, pid); // warm-up (JIT, plan cache, OS cache)
    const api = await download(`http://127.0.0.1:${PORT}/api/export.csv${query}`, pid);
    const psql = psqlCopy(select);
    log(
      `| ${rows.toLocaleString("en")} | ${api.seconds.toFixed(2)} | ${psql.seconds.toFixed(2)} | ${(psql.seconds / api.seconds).toFixed(2)} | ${(api.bytes / 1048576 / api.seconds).toFixed(0)} | ${api.ttfb.toFixed(0)} | ${api.firstRow.toFixed(0)} | ${mb(api.baseline)} → ${mb(api.peak)} |`,
    );
  }
}

/** The bare server: node:http + pg answering the same JSON from the same query, nothing else. */
async function serveBare() {
  const pool = new pg.Pool({ connectionString: BASE, max: 10 });
  const bare = http.createServer(async (req, res) => {
    try {
      const page = await listObservationsPage({
        pool,
        figureSlug: "bench-10k",
        query: Object.fromEntries(new URL(req.url!, "http://x").searchParams),
      });
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(page));
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
  await new Promise<void>((r) => bare.listen(BARE_PORT, "127.0.0.1", r));
  process.send?.("ready");
}

/** CPU time (user + system) a process has used, in ms: per request, it does not depend on how busy the machine is. */
function cpuMs(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(f[11]) + Number(f[12])) * 10; // utime, stime in clock ticks (100/s)
}

async function jsonBench(serverPid: number) {
  log("\n## GET /api/figures/bench-10k/observations (100 per page), 10 s at 50 connections, 5 s at 1");
  const tallyUrl = `http://127.0.0.1:${PORT}/api/figures/bench-10k/observations`;
  // The same page, as Next.js alone will answer it (a constant: no database, no JSON to build).
  const nextAlone = await startNextAlone(await (await fetch(tallyUrl)).text());
  // In a process of its own, as the Next.js server is: sharing autocannon's event loop would slow it.
  const bare = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--bare-server"], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  await new Promise<void>((resolve, reject) => {
    bare.once("message", () => resolve());
    bare.once("exit", (code) => reject(new Error(`the bare server exited (${code})`)));
  });
  try {
    await compareJson(serverPid, tallyUrl, nextAlone.pid!, bare.pid!);
  } finally {
    bare.kill("SIGTERM");
    nextAlone.kill("SIGTERM");
  }
}

async function compareJson(serverPid: number, tallyUrl: string, nextAlonePid: number, barePid: number) {
  const run = async (url: string, pid: number, connections: number, duration: number) => {
    const times: number[] = [];
    const cpu0 = cpuMs(pid);
    const instance = autocannon({ url, connections, duration });
    instance.on("response", (_client, _status, _bytes, ms) => times.push(ms));
    const result = await instance;
    times.sort((a, b) => a - b);
    return {
      ...result,
      p95: times[Math.floor(times.length * 0.95)] ?? NaN,
      cpuPerRequest: (cpuMs(pid) - cpu0) / times.length,
    };
  };
  const rows: string[] = [];
  const rps: number[] = [];
  const cpu: number[] = [];
  for (const [name, url, pid] of [
    ["Tally (Next.js route)", tallyUrl, serverPid],
    ["Next.js alone (constant body)", `http://127.0.0.1:${NEXT_ALONE_PORT}/api/constant`, nextAlonePid],
    ["bare node:http + pg", `http://127.0.0.1:${BARE_PORT}/observations`, barePid],
  ] as const) {
    await run(url, pid, 50, 10); // warm-up
    const r = await run(url, pid, 50, 10);
    const one = await run(url, pid, 1, 5);
    rows.push(
      `| ${name} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.p95.toFixed(1)} | ${r.latency.p99} | ${r.non2xx} | ${r.cpuPerRequest.toFixed(1)} | ${one.requests.average.toFixed(0)} | ${one.p95.toFixed(1)} | ${one.cpuPerRequest.toFixed(1)} |`,
    );
    rps.push(r.requests.average);
    cpu.push(r.cpuPerRequest);
  }
  log(
    "| server | req/s | p50 ms | p95 ms | p99 ms | non-2xx | server CPU ms/req | 1 conn: req/s | 1 conn: p95 ms | 1 conn: CPU ms/req |",
  );
  log("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const r of rows) log(r);
  const [tally, alone, bare] = cpu as [number, number, number];
  log(
    `server CPU per request (steadier on a shared machine than requests/s): Tally ${(tally / bare).toFixed(2)}× the bare server's (target ≤ 1.5×), ` +
      `Next.js alone ${(alone / bare).toFixed(2)}×; Tally less Next.js alone: ${(tally - alone).toFixed(1)} ms against the bare server's ${bare.toFixed(1)} ms`,
  );
  log(`requests/s, Tally / bare: ${(rps[0]! / rps[2]!).toFixed(2)}`);
}

/** The route's GET called in this process, 400 times, against listObservationsPage + JSON.stringify. */
async function inProcess() {
  process.env.DATABASE_URL = BASE;
  const { GET } = await import("../app/api/figures/[slug]/observations/route");
  const pool = new pg.Pool({ connectionString: BASE, max: 10 });
  const url = "http://localhost/api/figures/bench-10k/observations";
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const time = async (name: string, call: () => Promise<unknown>) => {
    for (let i = 0; i < 100; i++) await call(); // warm-up
    const c0 = cpu();
    for (let i = 0; i < 400; i++) await call();
    log(`| ${name} | ${((cpu() - c0) / 400).toFixed(2)} |`);
  };
  log("\n## In process, no server: CPU ms per call (400 calls after 100 to warm up)");
  log("| call | CPU ms |\n| --- | --- |");
  await time("listObservationsPage + JSON.stringify (the bare server's work)", async () =>
    JSON.stringify(await listObservationsPage({ pool, figureSlug: "bench-10k", query: {} })),
  );
  await time("the route's GET, body read", async () =>
    (await GET(new Request(url), { params: Promise.resolve({ slug: "bench-10k" }) })).text(),
  );
  await pool.end();
  process.exit(0); // the route's pools and timers
}

async function main() {
  if (process.argv.includes("--bare-server")) return serveBare();
  await prepareDatabase();
  // The machine may be shared: the load average says how much else was running.
  log(
    `load average at start: ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")} (${availableParallelism()} cores)`,
  );
  if (process.argv.includes("--data-only")) return;
  if (process.argv.includes("--in-process")) return inProcess();
  // --only=export or --only=json runs one half (both by default).
  const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
  const server = await startServer();
  try {
    if (only !== "json") await exportBench(server.pid!);
    if (only !== "export") await jsonBench(server.pid!);
  } finally {
    server.kill("SIGTERM");
  }
}

await main();
