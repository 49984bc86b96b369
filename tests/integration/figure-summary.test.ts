// figure_summary and figure_outlet_latest's counts, kept by the per-statement trigger on
// observation (migration charts_figure_summary): every write path keeps them right, including
// two transactions writing the same figure at once.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { shiftDecimal } from "@/lib/values/decimal";
import { retractObservation } from "@/lib/observations/retract-observation";
import { mergeOutlets } from "@/lib/outlets/merge-outlets";
import { makeFigure, makeOutlet, TEST_ACTOR } from "../factories";
import { logValue } from "../factories/log-value";

const db = getDb();
type Summary = {
  observation_count: number;
  outlet_count: number;
  last_reported_on: string | null;
  latest_min: string | null;
  latest_max: string | null;
  spread_ratio: string | null;
  published_min: string | null;
  published_max: string | null;
  latest_observation_id: string | null;
  recent_values: string[];
  recent_dates: string[];
};
/** Decimals as the app shows them ("35.0000" → "35"): numeric keeps the scale of its arithmetic. */
const norm = (v: string | null) => (v === null ? null : shiftDecimal(v, 0));
const summaryOf = async (figureId: string): Promise<Summary> => {
  const [s] = await db.$queryRaw<Summary[]>`
      SELECT observation_count, outlet_count, last_reported_on::text, latest_min::text, latest_max::text,
             spread_ratio::text, published_min::text, published_max::text,
             latest_observation_id::text, recent_values::text[], recent_dates::text[]
        FROM figure_summary WHERE figure_id = ${figureId}::uuid`;
  const { latest_min, latest_max, spread_ratio, published_min, published_max } = s;
  return {
    ...s,
    latest_min: norm(latest_min),
    latest_max: norm(latest_max),
    spread_ratio: norm(spread_ratio),
    published_min: norm(published_min),
    published_max: norm(published_max),
    recent_values: s.recent_values.map((v) => norm(v)!),
  };
};

describe("figure_summary (trigger-kept)", () => {
  it("follows logs, ranges, retractions and merges", async () => {
    const figure = await makeFigure();
    const [a, b, c] = await Promise.all([makeOutlet(), makeOutlet(), makeOutlet()]);
    await logValue(figure.slug, a.id, { qualifier: "exact", value: "17", reportedOn: "2025-10-01" });
    const b1 = await logValue(figure.slug, b.id, {
      qualifier: "range",
      value: "",
      low: "30",
      high: "40",
      reportedOn: "2025-10-10",
    });
    await logValue(figure.slug, c.id, { qualifier: "at_least", value: "43", reportedOn: "2025-10-20" });
    const newest = await logValue(figure.slug, a.id, { qualifier: "exact", value: "50.0", reportedOn: "2025-10-24" });

    // Latest per outlet: a 50, b 35 (a range's midpoint), c 43. No median is kept: the headline
    // is made of reported values in the app; the spread only orders the dashboard.
    expect(await summaryOf(figure.id)).toEqual({
      observation_count: 4,
      outlet_count: 3,
      last_reported_on: "2025-10-24",
      latest_min: "35",
      latest_max: "50",
      spread_ratio: "0.3",
      published_min: "17",
      published_max: "50",
      latest_observation_id: newest.id,
      recent_values: ["50", "43", "35", "17"],
      recent_dates: ["2025-10-24", "2025-10-20", "2025-10-10", "2025-10-01"],
    });

    await retractObservation({
      db,
      actor: TEST_ACTOR,
      input: { id: newest.id, version: newest.version, reason: "wrong figure" },
    });
    // a is back to 17: latest 17, 35, 43.
    expect(await summaryOf(figure.id)).toMatchObject({
      observation_count: 3,
      outlet_count: 3,
      last_reported_on: "2025-10-20",
      latest_min: "17",
      latest_max: "43",
      published_max: "43",
      recent_values: ["43", "35", "17"],
    });

    await mergeOutlets({
      db,
      actor: TEST_ACTOR,
      input: { duplicateId: b.id, survivorId: c.id, reason: "same newsroom" },
    });
    // c now holds b's range (Oct 10) and its own 43 (Oct 20): two outlets, 17 and 43.
    expect(await summaryOf(figure.id)).toMatchObject({
      observation_count: 3,
      outlet_count: 2,
      latest_min: "17",
      latest_max: "43",
    });
    expect(b1.id).toBeTruthy();
  });

  it("counts per outlet in figure_outlet_latest, and keeps only the newest 60 values", async () => {
    const figure = await makeFigure();
    const outlet = await makeOutlet();
    await db.$executeRaw`
      INSERT INTO observation (figure_id, outlet_id, value, qualifier, reported_on, cited_sources, quote, logged_by)
      SELECT ${figure.id}::uuid, ${outlet.id}::uuid, i, 'exact', DATE '2020-01-01' + i, ARRAY['src'], 'quote ' || i, 'test'
        FROM generate_series(1, 100) i`;
    const [pair] = await db.$queryRaw<{ published_count: number; published_min: string; published_max: string }[]>`
      SELECT published_count, published_min::text, published_max::text FROM figure_outlet_latest WHERE figure_id = ${figure.id}::uuid`;
    expect(pair).toEqual({ published_count: 100, published_min: "1", published_max: "100" });
    const s = await summaryOf(figure.id);
    expect(s.observation_count).toBe(100);
    expect(s.recent_values).toEqual(Array.from({ length: 60 }, (_, i) => String(100 - i)));
  });

  it("stays right when two transactions write the same figure at once", async () => {
    const figure = await makeFigure();
    const [a, b] = await Promise.all([makeOutlet(), makeOutlet()]);
    const insert = (client: pg.Client, outletId: string, value: number) =>
      client.query(
        `INSERT INTO observation (figure_id, outlet_id, value, qualifier, reported_on, cited_sources, quote, logged_by)
         VALUES ($1, $2, $3, 'exact', '2025-10-01', ARRAY['src'], 'q', 'test')`,
        [figure.id, outletId, value],
      );
    const first = new pg.Client({ connectionString: process.env.DATABASE_URL });
    const second = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await Promise.all([first.connect(), second.connect()]);
    try {
      await first.query("BEGIN");
      await second.query("BEGIN");
      await insert(first, a.id, 10);
      // The second writer's trigger waits for the first to commit, then counts its row too.
      const secondInsert = insert(second, b.id, 20);
      await new Promise((r) => setTimeout(r, 300));
      await first.query("COMMIT");
      await secondInsert;
      await second.query("COMMIT");
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
    expect(await summaryOf(figure.id)).toMatchObject({
      observation_count: 2,
      outlet_count: 2,
      latest_min: "10",
      latest_max: "20",
      spread_ratio: "0.5",
    });
  });
});
