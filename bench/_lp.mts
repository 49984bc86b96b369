import pg from "pg";
const { listObservationsPage } = await import("../lib/observations/list-observations-page");
const pool = new pg.Pool({ connectionString: "postgresql://postgres@127.0.0.1:5432/tally_bench_data", max: 4 });
for (let i = 0; i < 200; i++) await listObservationsPage({ pool, figureSlug: "bench-10k", query: {} });
let c0 = process.cpuUsage();
let t = performance.now();
for (let i = 0; i < 500; i++) await listObservationsPage({ pool, figureSlug: "bench-10k", query: {} });
const c = process.cpuUsage(c0);
console.log(
  "page ms",
  ((performance.now() - t) / 500).toFixed(2),
  "node cpu ms/page",
  ((c.user + c.system) / 1000 / 500).toFixed(2),
);
const page = await listObservationsPage({ pool, figureSlug: "bench-10k", query: {} });
t = performance.now();
c0 = process.cpuUsage();
for (let i = 0; i < 500; i++) JSON.stringify(page);
console.log("stringify ms", ((performance.now() - t) / 500).toFixed(2), "bytes", JSON.stringify(page).length);
await pool.end();
