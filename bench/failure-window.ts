// npm run bench:failure-window — how long readers are turned away when PostgreSQL goes away, and
// what they get meanwhile. A throwaway embedded PostgreSQL (the demo data loaded) and the app's own
// GET /api/figures handler, asked every 50 ms, while PostgreSQL
//   1. restarts fast (SIGINT = PostgreSQL's fast shutdown, then a start: what `pg_ctl restart -m fast`
//      or a managed database's maintenance does to an external server), and
//   2. is killed -9 and brought back by npm start's supervisor (lib/db/supervise-embedded.ts).
// Baseline in the same run: PostgreSQL's own window, from a bare `pg` connect + SELECT 1 loop.
import pg from "pg";
import { createDb } from "../lib/db/client";
import { startThrowawayPostgres } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { waitForExit } from "../lib/db/process-info";
import { superviseEmbedded } from "../lib/db/supervise-embedded";
import { loadDemoData } from "../lib/demo/load-demo-data";

const EVERY_MS = 50;

const server = await startThrowawayPostgres({ prefix: "tally-bench-failure" });
await migrate({ databaseUrl: server.url });
const seedDb = createDb(server.url);
await loadDemoData({ db: seedDb });
await seedDb.$disconnect();
process.env.DATABASE_URL = server.url;
const { GET } = await import("../app/api/figures/route");

type Sample = { at: number; app: number; bare: boolean };

async function bareUp(): Promise<boolean> {
  const client = new pg.Client({ connectionString: server.url, connectionTimeoutMillis: 500 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    void client.end().catch(() => {});
  }
}

async function appStatus(): Promise<number> {
  const res = await GET(new Request("http://localhost/api/figures"), { params: Promise.resolve({}) });
  await res.arrayBuffer();
  return res.status;
}

/** Samples until both are up again for a second after `disrupt` ran; returns the windows in seconds. */
async function measure(name: string, disrupt: () => Promise<void>) {
  for (let i = 0; i < 10; i++) await appStatus(); // warm: pools open, code loaded
  const samples: Sample[] = [];
  const t0 = performance.now();
  let isDone = false;
  const sampling = (async () => {
    while (!isDone) {
      const [app, bare] = await Promise.all([appStatus(), bareUp()]);
      samples.push({ at: performance.now() - t0, app, bare });
      await new Promise((r) => setTimeout(r, EVERY_MS));
    }
  })();
  await disrupt();
  const deadline = performance.now() + 60_000;
  while (performance.now() < deadline) {
    const recent = samples.filter((s) => s.at > performance.now() - t0 - 1_000);
    if (recent.length >= 5 && recent.every((s) => s.app === 200 && s.bare)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  isDone = true;
  await sampling;
  const window = (bad: (s: Sample) => boolean) => {
    const badOnes = samples.filter(bad);
    if (badOnes.length === 0) return 0;
    return (badOnes[badOnes.length - 1]!.at - badOnes[0]!.at + EVERY_MS) / 1000;
  };
  const statuses = [...new Set(samples.map((s) => s.app))].sort().join(", ");
  return { name, app: window((s) => s.app !== 200), bare: window((s) => !s.bare), statuses, samples: samples.length };
}

const rows = [];
rows.push(
  await measure("fast restart (SIGINT, start)", async () => {
    const postgres = server.process()!;
    postgres.kill("SIGINT");
    await waitForExit(postgres, 30_000);
    await server.restart();
  }),
);
const watcher = superviseEmbedded({ server, log: () => {}, onGiveUp: (r) => console.error(r) });
rows.push(
  await measure("kill -9, supervisor restarts", async () => {
    server.process()!.kill("SIGKILL");
  }),
);
watcher.stop();

console.log("\nFailure window: GET /api/figures every 50 ms while PostgreSQL goes away\n");
console.log("| event | Tally not 200 for | PostgreSQL refused for (bare pg, same run) | Tally's answers | samples |");
console.log("| --- | --- | --- | --- | --- |");
for (const r of rows) {
  console.log(`| ${r.name} | ${r.app.toFixed(2)} s | ${r.bare.toFixed(2)} s | ${r.statuses} | ${r.samples} |`);
}
await server.stop();
process.exit(0);
