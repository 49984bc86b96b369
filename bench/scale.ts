// npm run bench:scale — Tally as deploy/ runs it, on this machine: nginx (deploy/nginx/tally.conf)
// over two app servers (the production build) over a PostgreSQL primary and a streaming replica
// (bench/scale-cluster.ts makes them), all on 127.0.0.1. Prints, in one run, side by side:
//  1. embed requests/s and p95 through nginx's cache against one app server direct (target ≥ 20×);
//  2. dashboard p95 under a concurrent write load, without and with the replica for reads;
//  3. the time from a write to its appearance in the cached embed (target ≤ s-maxage + 1 s);
//  4. the dashboard through nginx while one app server is killed mid-run (target: no error).
// Ports: BENCH_PORT (default 3300: nginx; +1, +2 app servers; +3 the replica-reading server) and
// BENCH_PG_PORT (default 55500: primary; +1 replica). The replica column needs DATABASE_REPLICA_URLS
// support in lib/env.ts; without it the column says "not configured".
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import autocannon from "autocannon";
import { createDb } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { loadDemoData } from "../lib/demo/load-demo-data";
import { SHARED_MAX_AGE_SECONDS } from "../lib/http/cache-policy";
import { logObservation } from "../lib/observations/log-observation";
import { ensureBuild, startApp, startDatabases, startNginx, stopAll, stopChild } from "./scale-cluster";

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const PG_PORT = Number(process.env.BENCH_PG_PORT ?? 55500);
const [NGINX, APP_A, APP_B, APP_R] = [PORT, PORT + 1, PORT + 2, PORT + 3];
const log = (...a: unknown[]) => console.log(...a);
const BENCH_ACTOR = { id: null, name: "bench:scale", role: "editor" } as const;
const hasReplicaRouting = readFileSync("lib/env.ts", "utf8").includes("DATABASE_REPLICA_URLS");

type Load = { rps: number; p95: number; errors: number; non2xx: number; total: number; statuses: string };

/** autocannon for `seconds`, with our own p95 (autocannon reports p97.5) and the cache's answers. */
async function load(url: string, connections: number, seconds: number, during?: () => Promise<void>): Promise<Load> {
  const times: number[] = [];
  const codes = new Map<number, number>();
  // A 30 s timeout: on a loaded machine a slow answer is a figure to report, not an error.
  const instance = autocannon({ url, connections, duration: seconds, timeout: 30 });
  instance.on("response", (_c, status, _b, ms) => {
    times.push(ms);
    codes.set(status, (codes.get(status) ?? 0) + 1);
  });
  const side = during?.();
  const r = (await instance) as unknown as { requests: { average: number }; non2xx: number; errors: number };
  await side;
  times.sort((a, b) => a - b);
  const statuses = [...codes].map(([c, n]) => `${c}×${n}`).join(" ");
  return {
    rps: r.requests.average,
    p95: times[Math.floor(times.length * 0.95)] ?? NaN,
    errors: r.errors,
    non2xx: r.non2xx,
    total: times.length,
    statuses,
  };
}

/** Keeps logging values into `slug` until stopped: the write load. */
function writeLoad(databaseUrl: string, slug: string, outletId: string, writers: number) {
  const db = createDb(databaseUrl);
  let isRunning = true;
  let count = 0;
  const one = async () => {
    while (isRunning) {
      await logObservation({ db, actor: BENCH_ACTOR, input: observation(slug, outletId, String(1000 + count)) });
      count++;
    }
  };
  const runs = Array.from({ length: writers }, one);
  return {
    stop: async () => {
      isRunning = false;
      await Promise.all(runs);
      await db.$disconnect();
      return count;
    },
  };
}

const observation = (figureSlug: string, outletId: string, value: string) => ({
  figureSlug,
  outletId,
  qualifier: "at_least",
  value,
  reportedOn: new Date().toISOString().slice(0, 10),
  citedSources: ["bench"],
  quote: `At least ${value} people, the bench said.`,
});

async function main() {
  log(
    `load average at start: ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")} (${availableParallelism()} cores)`,
  );
  ensureBuild();
  const dbs = await startDatabases({ port: PG_PORT, withReplica: true });
  await migrate({ databaseUrl: dbs.primaryUrl });
  const db = createDb(dbs.primaryUrl);
  await loadDemoData({ db });
  const figure = (await db.figure.findFirstOrThrow({ orderBy: { slug: "asc" }, select: { slug: true } })).slug;
  const outletId = (await db.outlet.findFirstOrThrow({ select: { id: true } })).id;
  await db.$disconnect();
  const appEnv = {
    DATABASE_URL: dbs.primaryUrl,
    AUTH_SECRET: "bench-scale-secret-bench-scale-secret-0123",
    TALLY_URL: `http://127.0.0.1:${NGINX}`,
    TALLY_TRUSTED_PROXIES: "1",
  };
  const a = await startApp({ port: APP_A, env: appEnv });
  const b = await startApp({ port: APP_B, env: appEnv });
  const nginx = await startNginx({ listen: NGINX, appPorts: [APP_A, APP_B] });
  const embedPath = `/embed/figures/${figure}`;

  // 1. Cached against direct, both warmed first.
  const cachedHeaders = (await fetch(`http://127.0.0.1:${NGINX}${embedPath}`)).headers;
  await load(`http://127.0.0.1:${NGINX}${embedPath}`, 20, 3);
  await load(`http://127.0.0.1:${APP_A}${embedPath}`, 10, 3);
  const cached = await load(`http://127.0.0.1:${NGINX}${embedPath}`, 50, 10);
  const direct = await load(`http://127.0.0.1:${APP_A}${embedPath}`, 50, 10);
  const cacheStatus = (await fetch(`http://127.0.0.1:${NGINX}${embedPath}`)).headers.get("x-cache-status");

  // 2. Dashboard under writes: on app server A (primary only), then on R (reads from the replica).
  const dashboard = async (port: number) => {
    const writes = writeLoad(dbs.primaryUrl, figure, outletId, 2);
    await load(`http://127.0.0.1:${port}/`, 5, 3);
    const r = await load(`http://127.0.0.1:${port}/`, 10, 10);
    return { ...r, writes: await writes.stop() };
  };
  const dashPrimary = await dashboard(APP_A);
  let dashReplica: (Load & { writes: number }) | null = null;
  if (hasReplicaRouting && dbs.replicaUrl) {
    const r = await startApp({ port: APP_R, env: { ...appEnv, DATABASE_REPLICA_URLS: dbs.replicaUrl } });
    dashReplica = await dashboard(APP_R);
    await stopChild(r);
  }

  // 3. A write, then the cached embed until it shows the value (the RSC payload carries the exact string).
  const marker = `${Date.now() % 1_000_000}${Math.floor(Math.random() * 1000)}`;
  const writer = createDb(dbs.primaryUrl);
  await fetch(`http://127.0.0.1:${NGINX}${embedPath}`); // the copy in the cache predates the write
  const t0 = performance.now();
  await logObservation({ db: writer, actor: BENCH_ACTOR, input: observation(figure, outletId, marker) });
  let visibleAfter = NaN;
  while (performance.now() - t0 < (SHARED_MAX_AGE_SECONDS + 60) * 1000) {
    const html = await (await fetch(`http://127.0.0.1:${NGINX}${embedPath}`)).text();
    if (html.includes(marker)) {
      visibleAfter = (performance.now() - t0) / 1000;
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await writer.$disconnect();

  // 4. The dashboard (never cached) through nginx; app server B is killed 4 s in.
  const killed = await load(`http://127.0.0.1:${NGINX}/`, 10, 12, async () => {
    await new Promise((r) => setTimeout(r, 4_000));
    b.kill("SIGKILL");
  });

  log(
    `\nfigure: ${figure}; embed Cache-Control: ${cachedHeaders.get("cache-control")}; X-Cache-Status in the cached run: ${cacheStatus}`,
  );
  log("\n| measure | through nginx's cache | one app server direct | ratio / target |");
  log("| --- | --- | --- | --- |");
  log(
    `| embed req/s (50 conn, 10 s) | ${cached.rps.toFixed(0)} | ${direct.rps.toFixed(0)} | ${(cached.rps / direct.rps).toFixed(1)}× (target ≥ 20×) |`,
  );
  log(`| embed p95 ms | ${cached.p95.toFixed(1)} | ${direct.p95.toFixed(1)} | |`);
  log(
    `| errors + non-2xx (statuses) | ${cached.errors + cached.non2xx} (${cached.statuses}) | ${direct.errors + direct.non2xx} (${direct.statuses}) | |`,
  );
  log("\n| dashboard GET / (10 conn, 10 s) under 2 writers | primary only | reads on the replica |");
  log("| --- | --- | --- |");
  const col = (d: (Load & { writes: number }) | null, f: (d: Load & { writes: number }) => string) =>
    d
      ? f(d)
      : hasReplicaRouting
        ? "replica: not started"
        : "replica: not configured (no DATABASE_REPLICA_URLS in lib/env.ts)";
  log(`| p95 ms | ${dashPrimary.p95.toFixed(1)} | ${col(dashReplica, (d) => d.p95.toFixed(1))} |`);
  log(`| req/s | ${dashPrimary.rps.toFixed(0)} | ${col(dashReplica, (d) => d.rps.toFixed(0))} |`);
  log(`| values written meanwhile | ${dashPrimary.writes} | ${col(dashReplica, (d) => String(d.writes))} |`);
  log(
    `| errors + non-2xx | ${dashPrimary.errors + dashPrimary.non2xx} (${dashPrimary.statuses}) | ${col(dashReplica, (d) => String(d.errors + d.non2xx))} |`,
  );
  log("\n| measure | result | target |");
  log("| --- | --- | --- |");
  log(
    `| write → visible in the cached embed | ${visibleAfter.toFixed(1)} s | ≤ ${SHARED_MAX_AGE_SECONDS + 1} s (s-maxage + 1) |`,
  );
  log(
    `| dashboard through nginx, app server B killed at 4 s of 12 | ${killed.total} requests, ${killed.errors} errors, ${killed.non2xx} non-2xx (${killed.statuses}), p95 ${killed.p95.toFixed(1)} ms | 0 errors |`,
  );
  await stopChild(nginx);
  await stopChild(a);
}

try {
  await main();
} finally {
  await stopAll();
}
