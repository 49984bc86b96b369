// npm run bench:charts — prints how long the dashboard's and a 100,000-observation figure's
// server work takes on the synthetic data set (bench/generate-charts-data.ts; run it first),
// each beside a baseline measured in the same run, then Lighthouse 12 performance scores of `/`
// and a figure page with the demo data (a production server on its own port and data dir).
// Prints figures; asserts nothing (benches never gate on wall-clock time).
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import pg from "pg";
import { benchDatabaseUrl } from "./generate-charts-data";

const RUNS = 7;
const PORT = Number(process.env.BENCH_PORT || 3201);
const PG_PORT = Number(process.env.BENCH_PG_PORT || 54351);
const CHROME = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
// Lighthouse runs per page and mode (`--lh-runs=5`); the median score is printed, and each
// report is kept in bench/out/lighthouse/ to see what the time went on (bootup-time, unused JS).
// BI is Lighthouse's benchmarkIndex of this machine: its 4× CPU slowdown is fixed, so a slower host
// scores lower; compare scores of runs with a similar BI.
const LH_RUNS = Number(process.argv.find((a) => a.startsWith("--lh-runs="))?.split("=")[1] ?? 3);
const LH_OUT = "bench/out/lighthouse";

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];

/**
 * CPU time (ms) the bench database's backends have used so far, from /proc (Linux, PostgreSQL on
 * this machine; the monitor's own connection left out). Beside wall time it moves less with the
 * load other jobs put on the machine: a request's cost is this process's CPU plus theirs.
 */
let backendCpu: () => Promise<number> = async () => 0;

async function time(
  label: string,
  fn: () => Promise<unknown>,
  baseline?: { label: string; fn: () => Promise<unknown> },
) {
  await fn(); // warm-up (plans, pools, JIT)
  if (baseline) await baseline.fn();
  const a: number[] = [];
  const b: number[] = [];
  let nodeCpu = 0;
  let dbCpu = 0;
  for (let i = 0; i < RUNS; i++) {
    const db0 = await backendCpu();
    const cpu0 = process.cpuUsage();
    let t = performance.now();
    await fn();
    a.push(performance.now() - t);
    const cpu = process.cpuUsage(cpu0);
    nodeCpu += (cpu.user + cpu.system) / 1000;
    dbCpu += (await backendCpu()) - db0;
    if (baseline) {
      t = performance.now();
      await baseline.fn();
      b.push(performance.now() - t);
    }
  }
  const base = baseline ? `   | baseline (${baseline.label}): ${median(b).toFixed(1)} ms` : "";
  const cpu = `CPU ${(nodeCpu / RUNS).toFixed(0)} + ${(dbCpu / RUNS).toFixed(0)} ms`;
  console.log(
    `${label.padEnd(52)} median ${median(a).toFixed(1).padStart(7)} ms (min ${Math.min(...a).toFixed(1)}; ${cpu})${base}`,
  );
}

async function serverBench() {
  const url = benchDatabaseUrl();
  process.env.DATABASE_URL = url; // lib/db/client reads it late
  const { getDb } = await import("../lib/db/client");
  const { listFigures } = await import("../lib/figures/list-figures");
  const { getFigureChart } = await import("../lib/figures/get-figure-chart");
  const { listFigureObservations } = await import("../lib/figures/list-figure-observations");
  const { listFigureHeadlines } = await import("../lib/figures/list-figure-headlines");
  const { listFigureSources } = await import("../lib/sources/list-figure-sources");
  const db = getDb();
  const raw = new pg.Pool({ connectionString: url, max: 2 });
  const monitor = new pg.Client({ connectionString: url });
  await monitor.connect();
  backendCpu = async () => {
    const { rows } = await monitor.query<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
    );
    let ticks = 0;
    for (const { pid } of rows) {
      try {
        const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
        ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
      } catch {
        // a backend that ended meanwhile
      }
    }
    return ticks * 10; // clock ticks of 10 ms
  };
  const counts = await raw.query(
    "SELECT (SELECT count(*) FROM figure)::int AS f, (SELECT count(*) FROM outlet)::int AS o, (SELECT count(*) FROM observation)::int AS n, (SELECT count(*) FROM observation WHERE figure_id = (SELECT id FROM figure WHERE slug = 'bench-big'))::int AS big",
  );
  const c = counts.rows[0];
  if (!c.big)
    throw new Error("No bench data: run `npx tsx --conditions=react-server bench/generate-charts-data.ts` first.");
  console.log(
    `\nData: ${c.f} figures, ${c.o} outlets, ${c.n.toLocaleString("en-US")} observations; bench-big has ${c.big.toLocaleString("en-US")}. ${RUNS} runs each.\n CPU a + b: this process + the database's backends per run (in 10 ms ticks, so ±10/${RUNS} ms).`,
  );
  const bigId = (await raw.query("SELECT id FROM figure WHERE slug = 'bench-big'")).rows[0].id;

  await time("dashboard: listFigures (recent, page of 48)", () => listFigures({ db }), {
    label: "bare SQL: last report per figure, top 48",
    fn: () =>
      raw.query(
        `SELECT f.id, (SELECT max(reported_on) FROM observation o WHERE o.figure_id = f.id) AS last FROM figure f ORDER BY last DESC NULLS LAST LIMIT 48`,
      ),
  });
  await time("dashboard: listFigures (sort by title)", () => listFigures({ db, query: { sort: "title" } }));
  await time("dashboard: listFigures (search “displaced”)", () => listFigures({ db, query: { q: "displaced" } }));
  await time("dashboard: listFigures (search a quote word “officials”)", () =>
    listFigures({ db, query: { q: "officials" } }),
  );
  await time(
    "dashboard: listFigures (search “revised”, in 5% of quotes)",
    () => listFigures({ db, query: { q: "revised" } }),
    {
      label: "bare SQL: ids of figures with such a quote",
      fn: () =>
        raw.query(
          "SELECT DISTINCT figure_id FROM observation WHERE to_tsvector('english', quote) @@ websearch_to_tsquery('english', $1)",
          ["revised"],
        ),
    },
  );
  // The search's whole path is listFigures above; its parts, for the page of 48 it found: the
  // cards' headlines and independent sources read each figure's latest reports for its latest period.
  const found = (await listFigures({ db, query: { q: "revised" } })).figures.map((f) => f.id);
  // Headlines are kept (figure_headline) until a write to their figure: a page usually reads them
  // kept; after a write, its figure's headline is made afresh, as here for all 48 at once.
  await time(`  of which: listFigureHeadlines (${found.length} figures, kept)`, () =>
    listFigureHeadlines({ db, figureIds: found }),
  );
  await time(`  of which: listFigureHeadlines (${found.length} made afresh)`, async () => {
    await raw.query("DELETE FROM figure_headline WHERE figure_id = ANY ($1::uuid[])", [found]);
    await listFigureHeadlines({ db, figureIds: found });
  });
  await time(`  of which: listFigureSources (${found.length} figures)`, () =>
    listFigureSources({ db, figureIds: found }),
  );
  await time("dashboard: listFigures (sort by disagreement)", () =>
    listFigures({ db, query: { sort: "disagreement" } }),
  );
  await time("figure: getFigureChart (100,000 observations)", () => getFigureChart({ db, slug: "bench-big" }), {
    label: "bare SQL: SELECT the figure's 100,000 rows",
    fn: () => raw.query("SELECT id, outlet_id, reported_on, value FROM observation WHERE figure_id = $1", [bigId]),
  });
  await time("figure: table page 1 (50 of 100,000)", () => listFigureObservations({ db, slug: "bench-big" }));
  // What the trigger-kept summaries cost a write, on the 100,000-observation figure. Each run is
  // rolled back, so the data set does not change; the baseline turns the triggers off
  // (session_replication_role = replica) for the same INSERT.
  const bigOutlets = (
    await raw.query("SELECT id FROM outlet WHERE slug LIKE 'bench-outlet-%' ORDER BY slug LIMIT 200")
  ).rows.map((r) => r.id);
  // One value is a new newest report; 5,000 are an import of older reports (dated inside the data
  // set, so the rolled-back rows do not pile up at the head of the newest-first index run after run).
  const insertRows = (n: number) => ({
    text: `INSERT INTO observation (figure_id, outlet_id, value, qualifier, reported_on, cited_sources, quote, logged_by)
           SELECT $1, ($2::uuid[])[1 + i % 200], 1000 + i, 'exact', ${n === 1 ? "DATE '2025-07-01'" : "DATE '2022-07-01' + i % 30"}, ARRAY['bench'], 'bench write ' || i, 'bench'
             FROM generate_series(1, ${n}) i`,
    values: [bigId, bigOutlets],
  });
  const rolledBack = (n: number, triggers: boolean) => async () => {
    const client = await raw.connect();
    try {
      await client.query("BEGIN");
      if (!triggers) await client.query("SET LOCAL session_replication_role = replica");
      await client.query(insertRows(n));
    } finally {
      await client.query("ROLLBACK");
      client.release();
    }
  };
  await time("write: 1 value into bench-big (summaries kept)", rolledBack(1, true), {
    label: "same INSERT, triggers off",
    fn: rolledBack(1, false),
  });
  await time("write: 5,000 values into bench-big in one statement", rolledBack(5000, true), {
    label: "same INSERT, triggers off",
    fn: rolledBack(5000, false),
  });
  await raw.query("VACUUM observation"); // the rolled-back rows' dead index entries
  const chart = await getFigureChart({ db, slug: "bench-big" });
  const most = Math.max(...chart.chart.series.map((s) => s.points.length));
  console.log(
    `\nbench-big chart: ${chart.chart.series.length} series, at most ${most} points per series, consensus ${chart.chart.consensus.length} points, JSON ${(JSON.stringify(chart).length / 1024).toFixed(0)} KiB`,
  );
  await raw.end();
  await monitor.end();
  await db.$disconnect();
}

/** Runs `fn` against a production server (npm start's script) on `port`, then stops it. */
async function withServer(
  opts: { port: number; env: Record<string, string>; args?: string[] },
  fn: (base: string) => Promise<void>,
) {
  const env = { ...process.env, ...opts.env, PORT: String(opts.port), NEXT_TELEMETRY_DISABLED: "1" };
  const server = spawn("npx", ["tsx", "--conditions=react-server", "scripts/start.ts", ...(opts.args ?? [])], {
    env,
    stdio: "ignore",
    detached: true,
  });
  try {
    const base = `http://127.0.0.1:${opts.port}`;
    await waitFor(`${base}/api/health`, 300_000);
    await fn(base);
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGINT");
  }
}

async function waitFor(url: string, ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer`);
}

async function lighthouseBench() {
  console.log(
    `\nLighthouse 12 performance (demo data, production build, Chromium ${CHROME}; median of ${LH_RUNS} runs each, scores of every run in brackets):`,
  );
  const env = { TALLY_PG_PORT: String(PG_PORT), TALLY_DATA_DIR: ".data/bench", DATABASE_URL: "" };
  await withServer({ port: PORT, env, args: ["--fresh"] }, async (base) => {
    const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: ["--headless=new", "--no-sandbox"] });
    try {
      const pages = [
        ["baseline: the sign-in page", "/sign-in"],
        ["dashboard /", "/"],
        ["figure page", "/figures/us-boat-strike-deaths"],
        ["embed", "/embed/figures/us-boat-strike-deaths"],
      ];
      mkdirSync(LH_OUT, { recursive: true });
      for (const [label, path] of pages) {
        const scores: Record<string, string> = {};
        for (const [mode, config] of [
          ["mobile", undefined],
          ["desktop", desktopConfig],
        ] as const) {
          const runs: { score: number; lcp: number; tbt: number; cls: number; bi: number }[] = [];
          for (let i = 0; i < LH_RUNS; i++) {
            const result = await lighthouse(
              base + path,
              { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] },
              config,
            );
            const lhr = result!.lhr;
            const num = (id: string) => (lhr.audits[id].numericValue ?? 0) as number;
            runs.push({
              score: Math.round((lhr.categories.performance.score ?? 0) * 100),
              lcp: num("largest-contentful-paint"),
              tbt: num("total-blocking-time"),
              cls: num("cumulative-layout-shift"),
              bi: lhr.environment.benchmarkIndex,
            });
            writeFileSync(
              `${LH_OUT}/${path.replace(/\W+/g, "_").replace(/^_|_$/g, "") || "root"}-${mode}-${i + 1}.json`,
              result!.report as string,
            );
          }
          const m = (k: keyof (typeof runs)[number]) => median(runs.map((r) => r[k]));
          const all = LH_RUNS > 1 ? ` [${runs.map((r) => r.score).join(" ")}]` : "";
          scores[mode] =
            `${m("score")}${all} (LCP ${(m("lcp") / 1000).toFixed(2)} s, TBT ${Math.round(m("tbt"))} ms, CLS ${m("cls").toFixed(3)}, BI ${Math.round(m("bi"))})`;
        }
        console.log(`  ${label.padEnd(26)} mobile ${scores.mobile.padEnd(50)} desktop ${scores.desktop}`);
      }
    } finally {
      await chrome.kill();
    }
  });
}

/**
 * The 100,000-observation figure's page in a real Chromium, served by a production server on the
 * bench database: bytes of HTML, when the chart is first painted (the server-drawn snapshot) and
 * when the interactive chart has loaded, and the time one pointer move over it takes (hover).
 * Baseline: the same for a 900-observation figure of the same data set, in the same run.
 */
async function renderBench() {
  const { chromium } = await import("@playwright/test");
  await withServer({ port: PORT + 2, env: { DATABASE_URL: benchDatabaseUrl() } }, async (base) => {
    const browser = await chromium.launch({ executablePath: CHROME, args: ["--no-sandbox"] });
    try {
      console.log(`\nFigure page in Chromium (production server on the bench data; median of ${RUNS} loads):`);
      for (const [label, slug] of [
        ["baseline: bench-figure-2 (901 values)", "bench-figure-2"],
        ["bench-big (100,000 values)", "bench-big"],
      ]) {
        const runs: { bytes: number; painted: number; interactive: number; hover: number }[] = [];
        for (let i = 0; i <= RUNS; i++) {
          const page = await browser.newPage();
          let bytes = 0;
          page.on("response", async (r) => {
            if (r.url().endsWith(`/figures/${slug}`)) bytes = (await r.body().catch(() => Buffer.alloc(0))).length;
          });
          const t0 = performance.now();
          // Generous time-outs: on a loaded machine a load takes tens of seconds, and a figure is still a figure.
          await page.goto(`${base}/figures/${slug}`, { waitUntil: "commit", timeout: 180_000 });
          await page
            .getByTestId("chart-snapshot")
            .or(page.getByTestId("chart-plot"))
            .first()
            .waitFor({ timeout: 180_000 });
          const painted = performance.now() - t0;
          await page.getByTestId("figure-chart").hover({ timeout: 180_000 });
          await page.getByTestId("chart-plot").waitFor({ timeout: 180_000 });
          const interactive = performance.now() - t0;
          const box = (await page.getByTestId("chart-plot").boundingBox())!;
          const h0 = performance.now();
          for (let k = 0; k < 20; k++)
            await page.mouse.move(box.x + 20 + (k * (box.width - 40)) / 20, box.y + box.height / 2);
          const hover = (performance.now() - h0) / 20;
          await page.close();
          if (i > 0) runs.push({ bytes, painted, interactive, hover }); // the first load warms the server
        }
        const m = (k: keyof (typeof runs)[number]) => median(runs.map((r) => r[k]));
        console.log(
          `  ${label.padEnd(40)} HTML ${(m("bytes") / 1024).toFixed(0).padStart(5)} KiB  chart painted ${m("painted").toFixed(0).padStart(5)} ms  interactive ${m("interactive").toFixed(0).padStart(5)} ms  hover ${m("hover").toFixed(1)} ms/move`,
        );
      }
    } finally {
      await browser.close();
    }
  });
}

async function main() {
  const only = process.argv.slice(2);
  if (!only.includes("--lighthouse-only") && !only.includes("--render-only")) await serverBench();
  if (!only.includes("--server-only") && !only.includes("--lighthouse-only")) await renderBench();
  if (!only.includes("--server-only") && !only.includes("--render-only")) await lighthouseBench();
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
