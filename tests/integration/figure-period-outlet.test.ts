// figure_period_outlet, kept by per-statement triggers on observation (migration
// figure_period_outlet), is what a page of figures reads for its headlines and independent
// sources. Whatever the writes (logs, same-day rows of one statement, periods with and without
// dates, wordings, retractions, corrections, outlet merges, deletes), the headline it gives must be
// the one lib/values/headline.ts makes of all of the figure's published reports, and its latest
// reports for the latest period those that periodsOf and latestByOutlet pick.
import { describe, expect, it } from "vitest";
import { getDb, Prisma } from "@/lib/db/client";
import { latestPeriodReportsSql } from "@/lib/figures/latest-period-reports-sql";
import { listFigureHeadlines } from "@/lib/figures/list-figure-headlines";
import { resolveSettings } from "@/lib/monitoring/config";
import { aboutToleranceOf } from "@/lib/monitoring/thresholds";
import { retractObservation } from "@/lib/observations/retract-observation";
import { updateObservation } from "@/lib/observations/update-observation";
import { mergeOutlets } from "@/lib/outlets/merge-outlets";
import { shiftDecimal } from "@/lib/values/decimal";
import { headlineOf, latestByOutlet, periodsOf, type HeadlineReport } from "@/lib/values/headline";
import { makeFigure, makeOutlet, TEST_ACTOR } from "../factories";
import { logValue } from "../factories/log-value";
import { seededRandom } from "../factories/seeded-random";

const db = getDb();
const norm = (v: string | null) => (v === null ? null : shiftDecimal(v, 0));

/** Every published report of the figure, in report order (report date, when logged, id). */
async function allReports(figureId: string): Promise<HeadlineReport[]> {
  const rows = await db.$queryRaw<(Omit<HeadlineReport, "value" | "low" | "high"> & Record<string, string | null>)[]>`
    SELECT id::text, outlet_id::text AS "outletId", qualifier::text, value::text, low::text, high::text,
           to_char(reported_on, 'YYYY-MM-DD') AS "reportedOn", to_char(refers_start, 'YYYY-MM-DD') AS "refersStart",
           to_char(refers_end, 'YYYY-MM-DD') AS "refersEnd", refers_label AS "refersLabel",
           to_char(logged_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "loggedAt"
      FROM observation WHERE figure_id = ${figureId}::uuid AND status = 'published'
     ORDER BY reported_on, logged_at, id`;
  return rows.map((r) => ({ ...r, value: norm(r.value), low: norm(r.low), high: norm(r.high) }));
}

async function expectSameAsAllReports(figureId: string, unit: string) {
  const reports = await allReports(figureId);
  const tolerance = aboutToleranceOf(resolveSettings(null));
  const headline = (await listFigureHeadlines({ db, figureIds: [figureId] })).get(figureId);
  expect(headline).toEqual(headlineOf({ reports, unit, tolerance }));
  const { comparable } = periodsOf(reports);
  const latest = comparable.length ? latestByOutlet(comparable.at(-1)!) : [];
  const rows = await db.$queryRaw<{ id: string }[]>(
    Prisma.sql`SELECT observation_id::text AS id FROM (${latestPeriodReportsSql([figureId])}) r`,
  );
  expect(rows.map((r) => r.id).sort()).toEqual(latest.map((r) => r.id).sort());
  return { reports, headline };
}

const PERIODS: [string | null, string | null][] = [
  [null, null],
  [null, "2025-10-01"],
  ["2025-09-01", "2025-10-01"],
  ["2025-10-01", null],
  ["2025-08-01", "2025-09-01"],
];
const LABELS = [null, "October", " October ", "since September"];
const DAYS = ["2025-10-02", "2025-10-03", "2025-10-05"];
const VALUES: [string, string | null, string | null, string | null][] = [
  ["exact", "40", null, null],
  ["at_least", "38", null, null],
  ["approximately", "41", null, null],
  ["range", null, "35", "45"],
  ["exact", "52", null, null],
  ["at_most", "60", null, null],
];

/** Inserts 1–3 rows in one statement (so they share logged_at), some of them retracted. */
async function insertBatch(next: () => number, figureId: string, outlets: string[]) {
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)];
  const outlet = pick(outlets);
  const [start, end] = pick(PERIODS);
  const day = pick(DAYS);
  const rows = Array.from({ length: 1 + Math.floor(next() * 3) }, () => {
    const [qualifier, value, low, high] = pick(VALUES);
    return Prisma.sql`(${figureId}::uuid, ${outlet}::uuid, ${qualifier}::"Qualifier", ${value}::numeric, ${low}::numeric,
      ${high}::numeric, ${start}::date, ${end}::date, ${pick(LABELS)}, ${day}::date, ARRAY['Test source'], 'q', 'test',
      ${next() < 0.15 ? "retracted" : "published"}::"ObservationStatus", 'test')`;
  });
  await db.$executeRaw`
    INSERT INTO observation (figure_id, outlet_id, qualifier, value, low, high, refers_start, refers_end, refers_label,
                             reported_on, cited_sources, quote, logged_by, status, status_reason)
    VALUES ${Prisma.join(rows)}`;
}

describe("figure_period_outlet (trigger-kept)", () => {
  it.each([1, 2, 3, 4, 5, 6])(
    "gives what all of a figure's reports give, through inserts, updates and deletes (seed %i)",
    async (seed) => {
      const next = seededRandom(seed);
      const figure = await makeFigure();
      const outlets = (await Promise.all([makeOutlet(), makeOutlet(), makeOutlet(), makeOutlet()])).map((o) => o.id);
      for (let i = 0; i < 14; i++) {
        await insertBatch(next, figure.id, outlets);
        if (i % 3 === 2) await expectSameAsAllReports(figure.id, figure.unit);
      }
      await expectSameAsAllReports(figure.id, figure.unit);
      // Updates by SQL of what places a report: its period, date, wording, status, outlet.
      await db.$executeRaw`
        UPDATE observation SET refers_end = '2025-10-01', refers_label = 'October'
         WHERE id IN (SELECT id FROM observation WHERE figure_id = ${figure.id}::uuid ORDER BY id LIMIT 3)`;
      await expectSameAsAllReports(figure.id, figure.unit);
      await db.$executeRaw`
        UPDATE observation SET status = CASE status WHEN 'published' THEN 'retracted'::"ObservationStatus" ELSE 'published' END,
                               status_reason = 'test'
         WHERE id IN (SELECT id FROM observation WHERE figure_id = ${figure.id}::uuid ORDER BY id DESC LIMIT 4)`;
      await expectSameAsAllReports(figure.id, figure.unit);
      await db.$executeRaw`
        UPDATE observation SET reported_on = reported_on + 3, outlet_id = ${outlets[0]}::uuid
         WHERE id IN (SELECT id FROM observation WHERE figure_id = ${figure.id}::uuid ORDER BY quote, id LIMIT 2)`;
      await expectSameAsAllReports(figure.id, figure.unit);
      await db.$executeRaw`DELETE FROM citation WHERE observation_id IN (SELECT id FROM observation WHERE figure_id = ${figure.id}::uuid)`;
      await db.$executeRaw`
        DELETE FROM observation WHERE id IN (SELECT id FROM observation WHERE figure_id = ${figure.id}::uuid ORDER BY id LIMIT 5)`;
      await expectSameAsAllReports(figure.id, figure.unit);
    },
  );

  it("follows a retraction, a correction and an outlet merge made through the app", async () => {
    const figure = await makeFigure();
    const [a, b, c] = await Promise.all([makeOutlet(), makeOutlet(), makeOutlet()]);
    const oct = { refersStart: "2025-10-01", refersEnd: "2025-10-31", refersLabel: "October" };
    const sep = { refersStart: "2025-09-01", refersEnd: "2025-09-30", refersLabel: "September" };
    await logValue(figure.slug, a.id, { qualifier: "exact", value: "30", reportedOn: "2025-10-01", ...sep });
    await logValue(figure.slug, a.id, { qualifier: "exact", value: "40", reportedOn: "2025-11-01", ...oct });
    const b1 = await logValue(figure.slug, b.id, {
      qualifier: "at_least",
      value: "38",
      reportedOn: "2025-11-02",
      ...oct,
    });
    const b2 = await logValue(figure.slug, b.id, {
      qualifier: "at_least",
      value: "41",
      reportedOn: "2025-11-03",
      ...oct,
    });
    await logValue(figure.slug, c.id, { qualifier: "exact", value: "41", reportedOn: "2025-11-04", ...oct });

    // October: a 40, b at least 41, c 41: they disagree.
    let { headline } = await expectSameAsAllReports(figure.id, figure.unit);
    expect(headline).toMatchObject({ status: "disagree", period: "October", outletCount: 3 });

    // b's newest retracted: b is back to at least 38; a 40, c 41 still disagree.
    await retractObservation({ db, actor: TEST_ACTOR, input: { id: b2.id, version: b2.version, reason: "wrong" } });
    ({ headline } = await expectSameAsAllReports(figure.id, figure.unit));
    expect(headline?.observationIds).toContain(b1.id);

    // a's October value corrected to 41: 41, at least 38, 41 agree on 41.
    const [aOct] = await db.$queryRaw<{ id: string; version: number }[]>`
      SELECT id::text, version FROM observation WHERE outlet_id = ${a.id}::uuid AND refers_end = '2025-10-31'`;
    await updateObservation({
      db,
      actor: TEST_ACTOR,
      input: {
        id: aOct.id,
        version: aOct.version,
        outletId: a.id,
        qualifier: "exact",
        value: "41",
        low: "",
        high: "",
        reportedOn: "2025-11-01",
        ...oct,
        citedSources: "Test source",
        quote: "41 people",
        reason: "misread",
      },
    });
    ({ headline } = await expectSameAsAllReports(figure.id, figure.unit));
    expect(headline).toMatchObject({ status: "agree", outletCount: 3 });

    // c merged into b: b's newest October report is now c's 41.
    await mergeOutlets({
      db,
      actor: TEST_ACTOR,
      input: { duplicateId: c.id, survivorId: b.id, reason: "same newsroom" },
    });
    ({ headline } = await expectSameAsAllReports(figure.id, figure.unit));
    expect(headline).toMatchObject({ status: "agree", outletCount: 2 });
    const rows = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM figure_period_outlet WHERE figure_id = ${figure.id}::uuid AND outlet_id = ${c.id}::uuid`;
    expect(rows[0].n).toBe(0);
  });
});
