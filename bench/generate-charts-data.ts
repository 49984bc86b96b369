// Synthetic data for the charts/dashboard benches: 1,000 figures, 200 outlets, 1,000,000
// observations (one figure, "bench-big", holds 100,000 of them), made by PostgreSQL itself with
// generate_series — never mixed into the demo data: it refuses any database not named tally_bench*.
//
//   npx tsx --conditions=react-server bench/generate-charts-data.ts [--db postgresql://…/tally_bench_charts]
//   (or BENCH_DATABASE_URL; default postgresql://postgres@127.0.0.1:5432/tally_bench_charts)
// It creates the database if needed, applies the migrations, and replaces any earlier bench rows.
// Rows are written straight by SQL, so they carry no revisions (these are not anyone's edits).
import pg from "pg";
import { migrate } from "../lib/db/migrate";

const FIGURES = 1000;
const OUTLETS = 200;
const OBSERVATIONS = 1_000_000;
const BIG = 100_000;

export function benchDatabaseUrl(argv = process.argv.slice(2)): string {
  const i = argv.indexOf("--db");
  // Benches are tools outside the app, so they read their own variable here rather than lib/env.
  const url =
    i >= 0 ? argv[i + 1] : process.env.BENCH_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/tally_bench_charts";
  const name = new URL(url).pathname.slice(1);
  if (!/^tally_bench/.test(name))
    throw new Error(`Refusing to write bench data into “${name}”: use a database named tally_bench…`);
  return url;
}

async function ensureDatabase(url: string) {
  const u = new URL(url);
  const name = u.pathname.slice(1);
  u.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  if (!rowCount) await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
}

async function main() {
  const url = benchDatabaseUrl();
  const t0 = Date.now();
  await ensureDatabase(url);
  await migrate({ databaseUrl: url });
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const step = async (label: string, sql: string) => {
    const t = Date.now();
    await db.query(sql);
    console.log(`${label}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };
  // Upkeep of figure_outlet_latest and figure_summary would dominate a bulk load: off now, one
  // backfill of each at the end.
  const OUTLET_LATEST_TRIGGERS = [
    "observation_outlet_latest_insert",
    "observation_outlet_latest_delete",
    "observation_period_outlet_insert",
    "observation_period_outlet_delete",
  ];
  for (const t of OUTLET_LATEST_TRIGGERS) await db.query(`ALTER TABLE observation DISABLE TRIGGER ${t}`);
  await step(
    "clear earlier bench rows",
    `
    DELETE FROM figure_summary WHERE figure_id IN (SELECT id FROM figure WHERE slug LIKE 'bench-%');
    DELETE FROM figure_outlet_latest WHERE figure_id IN (SELECT id FROM figure WHERE slug LIKE 'bench-%');
    DELETE FROM figure_period_outlet WHERE figure_id IN (SELECT id FROM figure WHERE slug LIKE 'bench-%');
    DELETE FROM observation WHERE figure_id IN (SELECT id FROM figure WHERE slug LIKE 'bench-%');
    DELETE FROM figure_search WHERE figure_id IN (SELECT id FROM figure WHERE slug LIKE 'bench-%');
    DELETE FROM figure WHERE slug LIKE 'bench-%';
    DELETE FROM outlet WHERE slug LIKE 'bench-outlet-%';`,
  );
  await step(
    `${OUTLETS} outlets`,
    `
    INSERT INTO outlet (slug, name, kind)
    SELECT 'bench-outlet-' || i, 'Bench Outlet ' || i || ' ' || (ARRAY['Gazette','Wire','Herald','Radio','Times'])[1 + i % 5],
           (ARRAY['wire_agency','newspaper','broadcaster','government','un_agency_ngo','other'])[1 + i % 6]::"OutletKind"
      FROM generate_series(1, ${OUTLETS}) i`,
  );
  await step(
    `${FIGURES} figures`,
    `
    INSERT INTO figure (slug, title, description, unit, kind, topics)
    SELECT CASE WHEN i = 1 THEN 'bench-big' ELSE 'bench-figure-' || i END,
           'Bench figure ' || i || ' ' || (ARRAY['displaced people','aid pledged','hectares burned','vessels seized','deaths reported'])[1 + i % 5],
           'Synthetic figure number ' || i || ' for benchmarks.',
           (ARRAY['people','USD','hectares','vessels','people'])[1 + i % 5],
           'cumulative', ARRAY['Bench topic ' || (1 + i % 10)]
      FROM generate_series(1, ${FIGURES}) i`,
  );
  // Figure 1 gets BIG rows; the rest share the remainder. Values drift upwards with noise, so
  // outlets disagree a little and downsampling has shape to keep.
  await step(
    `${OBSERVATIONS.toLocaleString("en-US")} observations`,
    `
    WITH f AS (SELECT id, row_number() OVER (ORDER BY slug = 'bench-big' DESC, slug) AS n FROM figure WHERE slug LIKE 'bench-%'),
         o AS (SELECT id, row_number() OVER (ORDER BY slug) AS n FROM outlet WHERE slug LIKE 'bench-outlet-%'),
         g AS (SELECT i,
                      CASE WHEN i <= ${BIG} THEN 1 ELSE 2 + (i % ${FIGURES - 1}) END AS fn,
                      1 + (hashint4(i) & 2147483647) % ${OUTLETS} AS onum,
                      (hashint4(i * 7) & 2147483647) % 2000 AS day
                 FROM generate_series(1, ${OBSERVATIONS}) i)
    INSERT INTO observation (figure_id, outlet_id, value, qualifier, reported_on, cited_sources, quote, logged_by, url)
    SELECT f.id, o.id,
           round((1000 + g.day * 5) * (0.85 + ((hashint4(g.i * 13) & 1023) / 1023.0) * 0.3)),
           (ARRAY['exact','at_least','approximately','exact','at_most'])[1 + g.i % 5]::"Qualifier",
           DATE '2020-01-01' + g.day,
           ARRAY['Bench source ' || (g.i % 50)],
           'Officials said the count reached ' || g.i || ' according to bench report ' || (g.i % 997) || '.'
             || CASE WHEN g.i % 20 = 0 THEN ' Figures were revised.' ELSE '' END, -- a word in 5% of quotes
           'bench', 'https://example.org/bench/' || g.i
      FROM g JOIN f ON f.n = g.fn JOIN o ON o.n = g.onum`,
  );
  await step(
    "figure_outlet_latest backfill",
    `
    INSERT INTO figure_outlet_latest (figure_id, outlet_id, observation_id, qualifier, value, reported_on, published_count, published_min, published_max)
    SELECT l.figure_id, l.outlet_id, l.id, l.qualifier, l.v, l.reported_on, c.n, c.mn, c.mx
      FROM (SELECT DISTINCT ON (o.figure_id, o.outlet_id) o.figure_id, o.outlet_id, o.id, o.qualifier,
                   coalesce(o.value, (o.low + o.high) / 2, o.low, o.high) AS v, o.reported_on
              FROM observation o JOIN figure f ON f.id = o.figure_id
             WHERE f.slug LIKE 'bench-%' AND o.status = 'published'
             ORDER BY o.figure_id, o.outlet_id, o.reported_on DESC, o.reported_at DESC NULLS LAST, o.logged_at DESC) l
      JOIN (SELECT o.figure_id, o.outlet_id, count(*)::int AS n, min(least(o.value, o.low, o.high)) AS mn, max(greatest(o.value, o.low, o.high)) AS mx
              FROM observation o JOIN figure f ON f.id = o.figure_id
             WHERE f.slug LIKE 'bench-%' AND o.status = 'published' GROUP BY 1, 2) c
        ON c.figure_id = l.figure_id AND c.outlet_id = l.outlet_id`,
  );
  // The same function the trigger calls, once per figure (a few hundred rows each).
  await step(
    "figure_summary backfill",
    `
    DELETE FROM figure_summary WHERE figure_id IN (SELECT id FROM figure WHERE slug LIKE 'bench-%');
    SELECT tally_refresh_figure_summary(id) FROM figure WHERE slug LIKE 'bench-%';`,
  );
  await step(
    "figure_period_outlet backfill",
    `
    SELECT tally_refresh_period_outlet(t.figure_id, t.outlet_id, t.ps, t.pe)
      FROM (SELECT DISTINCT o.figure_id, o.outlet_id, coalesce(o.refers_start, '-infinity'::date) AS ps, coalesce(o.refers_end, '-infinity'::date) AS pe
              FROM observation o JOIN figure f ON f.id = o.figure_id
             WHERE f.slug LIKE 'bench-%' AND o.status = 'published') t`,
  );
  for (const t of OUTLET_LATEST_TRIGGERS) await db.query(`ALTER TABLE observation ENABLE TRIGGER ${t}`);
  // One statement per query: several in one simple query run as one transaction, which VACUUM refuses.
  for (const table of [
    "figure",
    "outlet",
    "observation",
    "figure_outlet_latest",
    "figure_period_outlet",
    "figure_summary",
  ])
    await step(`vacuum analyze ${table}`, `VACUUM ANALYZE ${table}`);
  const { rows } = await db.query(
    "SELECT count(*)::int AS n FROM observation o JOIN figure f ON f.id = o.figure_id WHERE f.slug LIKE 'bench-%'",
  );
  console.log(
    `done: ${rows[0].n.toLocaleString("en-US")} bench observations in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  await db.end();
}

if (process.argv[1]?.endsWith("generate-charts-data.ts")) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
