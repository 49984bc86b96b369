// The chart's fast read path (binary COPY, typed arrays, SQL-built DTOs) gives exactly what the
// plain path gives: every observation read through Prisma, grouped by toChartSeries, the
// consensus by its definition. Also the binary decoders against PostgreSQL's own text output.
import { describe, expect, it } from "vitest";
import { copyBinary, forEachBinaryRow, readDateMs, readNumericFloat, readUuid } from "@/lib/db/copy-binary";
import { getDb } from "@/lib/db/client";
import { getPgPool } from "@/lib/db/pg-pool";
import { toChartSeries } from "@/lib/figures/chart-series";
import { consensusLine } from "@/lib/figures/consensus";
import { getFigureChart } from "@/lib/figures/get-figure-chart";
import {
  OBSERVATION_DTO_COLUMNS,
  rowToObservationDto,
  type ObservationDtoRow,
} from "@/lib/observations/observation-dto-sql";
import { OBSERVATION_SELECT, toObservationDto } from "@/lib/observations/observation-dto";
import { drawnBoundsOfReport, type ReportedValue } from "@/lib/values/interval";
import { makeFigure, makeOutlet } from "../factories";

const bounds = (o: ReportedValue) => {
  const [lo, hi] = drawnBoundsOfReport(o);
  return { lo, hi };
};

const db = getDb();

async function mixedFigure() {
  const figure = await makeFigure({ unit: "USD" });
  const [a, b, c] = await Promise.all([makeOutlet(), makeOutlet(), makeOutlet()]);
  // Same dates across and within outlets, times known and unknown, ranges, a retraction,
  // trailing zeros, periods, checks.
  await db.$executeRaw`
    INSERT INTO observation (figure_id, outlet_id, value, qualifier, low, high, reported_on, reported_at, logged_at,
                             cited_sources, quote, logged_by, status, status_reason, refers_start, refers_end, refers_label,
                             check_status, checked_by, checked_at, url, note)
    VALUES (${figure.id}::uuid, ${a.id}::uuid, 100.50, 'exact', NULL, NULL, '2025-01-01', NULL, '2025-01-01 10:00Z', ARRAY['x'], 'a1', 't', 'published', NULL, '2024-12-01', '2024-12-31', NULL, 'checked', 'ann', '2025-01-02 09:00Z', 'https://a.example/1', 'n'),
           (${figure.id}::uuid, ${a.id}::uuid, 120, 'at_least', NULL, NULL, '2025-01-05', '2025-01-05 18:00Z', '2025-01-05 19:00Z', ARRAY['x', 'y'], 'a2', 't', 'published', NULL, NULL, NULL, 'Q4', 'unchecked', NULL, NULL, NULL, NULL),
           (${figure.id}::uuid, ${a.id}::uuid, 90, 'exact', NULL, NULL, '2025-01-05', NULL, '2025-01-05 20:00Z', ARRAY['x'], 'a3 (no time: first that day)', 't', 'published', NULL, NULL, NULL, NULL, 'unchecked', NULL, NULL, NULL, NULL),
           (${figure.id}::uuid, ${b.id}::uuid, NULL, 'range', 80, 130, '2025-01-03', NULL, '2025-01-03 08:00Z', ARRAY['z'], 'b1', 't', 'published', NULL, NULL, NULL, NULL, 'unchecked', NULL, NULL, NULL, NULL),
           (${figure.id}::uuid, ${b.id}::uuid, 500, 'exact', NULL, NULL, '2025-01-05', NULL, '2025-01-05 09:00Z', ARRAY['z'], 'b2 retracted', 't', 'retracted', 'typo', NULL, NULL, NULL, 'unchecked', NULL, NULL, NULL, NULL),
           (${figure.id}::uuid, ${b.id}::uuid, NULL, 'range', NULL, 140.25, '2025-01-06', NULL, '2025-01-06 08:00Z', ARRAY['z'], 'b3', 't', 'published', NULL, NULL, NULL, NULL, 'unchecked', NULL, NULL, NULL, NULL),
           (${figure.id}::uuid, ${c.id}::uuid, 1000000, 'approximately', NULL, NULL, '2025-01-05', NULL, '2025-01-05 07:00Z', ARRAY['w'], 'c1', 't', 'published', NULL, NULL, NULL, NULL, 'unchecked', NULL, NULL, NULL, NULL),
           (${figure.id}::uuid, ${c.id}::uuid, 0.001, 'exact', NULL, NULL, '2025-01-07', NULL, '2025-01-07 07:00Z', ARRAY['w'], 'c2', 't', 'retracted', 'wrong unit', NULL, NULL, NULL, 'unchecked', NULL, NULL, NULL, NULL)`;
  return figure;
}

describe("getFigureChart's fast path", () => {
  it("draws what every observation read the plain way draws", async () => {
    const figure = await mixedFigure();
    const view = await getFigureChart({ db, slug: figure.slug });
    const all = (await db.observation.findMany({ where: { figureId: figure.id }, select: OBSERVATION_SELECT })).map(
      (r) => toObservationDto(r, figure.unit),
    );
    expect(view.chart.series).toEqual(toChartSeries(all));

    const chartOrder = all
      .filter((o) => o.status === "published")
      .sort(
        (x, y) =>
          x.reportedOn.localeCompare(y.reportedOn) ||
          (x.reportedAt ?? "").localeCompare(y.reportedAt ?? "") ||
          x.loggedAt.localeCompare(y.loggedAt),
      );
    expect(view.chart.consensus).toEqual(
      consensusLine(
        chartOrder.map((o) => ({ outletId: o.outlet.id, t: Date.parse(`${o.reportedOn}T00:00:00Z`), ...bounds(o) })),
      ),
    );
    // a's Jan 5 reports: the one without a time first, so the 18:00 one (at least 120) is a's
    // latest; with b's 80–130 they meet at 120–130, but c's "about 1,000,000" meets neither: a gap.
    expect(view.chart.consensus.find((p) => p.t === Date.parse("2025-01-05T00:00:00Z"))).toEqual({
      t: Date.parse("2025-01-05T00:00:00Z"),
      y: null,
      outlets: 3,
    });
    expect(view.chart.consensus.find((p) => p.t === Date.parse("2025-01-03T00:00:00Z"))).toEqual({
      t: Date.parse("2025-01-03T00:00:00Z"),
      y: 100.5,
      outlets: 2,
    });
    expect(view.chart).toMatchObject({ publishedCount: 6, retractedCount: 2 });

    const newest = all
      .filter((o) => o.status === "published")
      .sort((x, y) => y.reportedOn.localeCompare(x.reportedOn))[0];
    expect(view.stats).toMatchObject({ min: "80", max: "1000000", outletCount: 3, latest: newest });
  });

  it("maps SQL rows to the same ObservationDto as Prisma (decimals, dates, times, checks)", async () => {
    const figure = await mixedFigure();
    const rows = await getPgPool().query<ObservationDtoRow>(
      `SELECT ${OBSERVATION_DTO_COLUMNS} FROM observation o JOIN outlet ol ON ol.id = o.outlet_id WHERE o.figure_id = $1 ORDER BY o.id`,
      [figure.id],
    );
    const viaPrisma = (
      await db.observation.findMany({
        where: { figureId: figure.id },
        select: OBSERVATION_SELECT,
        orderBy: { id: "asc" },
      })
    ).map((r) => toObservationDto(r, figure.unit));
    expect(rows.rows.map((r) => rowToObservationDto(r, figure.unit))).toEqual(viaPrisma);
    expect(viaPrisma.map((o) => o.value)).toContain("100.5");
  });
});

describe("binary COPY decoding", () => {
  it("reads numerics, dates and uuids as PostgreSQL writes them", async () => {
    const samples = [
      "0",
      "1",
      "-1",
      "0.001",
      "100.50",
      "123456789.123456789",
      "-98765.4321",
      "1e21",
      "3.14159265358979",
      "0.000000000123",
      "99999999999999999999",
    ];
    const sql = `SELECT x::numeric, x::text, d, d::text, u, u::text
                   FROM unnest(ARRAY[${samples.map((s) => `'${s}'`).join(", ")}]::text[]) WITH ORDINALITY AS t(x, i),
                        LATERAL (SELECT DATE '1970-01-01' + (i::int * 7919 - 30000) AS d, gen_random_uuid() AS u) z
                  ORDER BY i`;
    const buf = await copyBinary({ pool: getPgPool(), sql });
    const seen: { n: number; text: string; day: number; dayText: string; uuid: string; uuidText: string }[] = [];
    forEachBinaryRow(buf, (at, dv) => {
      const text = (i: number) => buf.toString("utf8", at[i], at[i] + dv.getInt32(at[i] - 4));
      seen.push({
        n: readNumericFloat(dv, at[0]),
        text: text(1),
        day: readDateMs(dv, at[2]),
        dayText: text(3),
        uuid: readUuid(buf, at[4]),
        uuidText: text(5),
      });
    });
    expect(seen).toHaveLength(samples.length);
    for (const s of seen) {
      expect(s.n).toBe(Number(s.text));
      expect(s.day).toBe(Date.parse(`${s.dayText}T00:00:00Z`));
      expect(s.uuid).toBe(s.uuidText);
    }
  });
});
