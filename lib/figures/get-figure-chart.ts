import "server-only";
// Everything a figure page draws, at any size: per-outlet series downsampled on the server to at
// most MAX_POINTS_PER_SERIES points each and MAX_POINTS_TOTAL in all (first, last, min and max of
// every series always kept), the consensus line (from every published value, then downsampled),
// exact min/max for the text summary, and events.
// At 100,000 observations the cost is in moving rows, so the points travel compactly:
//  1. `COPY (…) TO STDOUT (FORMAT binary)` of the figure's points — outlet, id, date, retracted,
//     value/low/high (numeric's own binary form; numeric→float8 in SQL costs more) — in chart order (outlet, date, reported time with none first, logged
//     time, id). That is observation_series_idx's order, so PostgreSQL reads the index alone and
//     sorts nothing, formats no text, and Node makes no object per row: it walks the bytes
//     (lib/db/copy-binary.ts) into typed arrays, one series per outlet and status;
//  2. in Node: LTTB per series, and the consensus line (while 3 runs);
//  3. one query for only the kept points' rows, and only the columns a point shows (≤ 4,000).
// The summary (min, max, outlets, newest value) is one row of figure_summary, kept by the trigger.
// Both big reads go through the raw pg pool: Prisma can neither COPY nor return rows cheaply.
import type { DbOrTx } from "../db/client";
import { getReadDb } from "../db/read-db";
import { Prisma } from "../db/client";
import { copyBinary, forEachBinaryRow, readDateMs, readNumericFloat, readUuid, sameUuid } from "../db/copy-binary";
import { sqlLiteral } from "../db/pg-pool";
import { getReadPool } from "../db/read-pool";
import { listEventsForFigure, type EventDto } from "../events/list-events-for-figure";
import {
  CHART_POINT_COLUMNS,
  OBSERVATION_DTO_COLUMNS,
  rowToChartSource,
  rowToObservationDto,
  type ChartPointRow,
  type ObservationDtoRow,
} from "../observations/observation-dto-sql";
import type { Locale } from "../i18n/locales";
import { drawnBoundsOf } from "../values/interval";
import { QUALIFIERS } from "../values/qualifiers";
import { toChartSeries, type FigureChartData } from "./chart-series";
import { consensusOfOutlets } from "./consensus";
import { listFigureHeadlines } from "./list-figure-headlines";
import { downsampleIndices, downsamplePoints, MAX_POINTS_PER_SERIES } from "./downsample-points";
import { FIGURE_SELECT, toFigureDto, type FigureDto } from "./figure-dto";
import type { FigureStats } from "./summarize-figure";
import { figureSlugOrNotFound, noSuchFigure } from "./no-such-figure";

export type FigureChartView = { figure: FigureDto; chart: FigureChartData; stats: FigureStats; events: EventDto[] };

/**
 * Budget for all series together, so a figure with 200 outlets stays drawable and its page light:
 * at 8,000 the 100,000-value bench figure's page was 6.7 MB of HTML, painted its chart in 1.4 s and
 * was interactive in 4.2 s; at 4,000, 3.4 MB, 1.1 s and 2.8 s (bench:charts --render-only).
 * Up to four outlets still get the full 1,000 points each.
 */
export const MAX_POINTS_TOTAL = 4000;
const MIN_POINTS_PER_SERIES = 12;

type Nullable<T> = { [K in keyof T]: T[K] | null };
/** One series (an outlet's published or retracted points) in chart order, as parallel arrays. */
/** lo/hi: the ends of each report's interval, for the "outlets agree" line (drawnBoundsOf). */
type Series = {
  outletId: string;
  isRetracted: boolean;
  t: Float64Array;
  y: Float64Array;
  lo: Float64Array;
  hi: Float64Array;
  id: (k: number) => string;
};

/**
 * The figure's points in chart order, for the outlets in one half of the uuid space: the two
 * halves are read at once on two connections, so PostgreSQL works on two cores, while the figure
 * row is read. A literal slug because COPY takes no parameters (it has passed ZSlug: [a-z0-9-]).
 */
const HALF = "'80000000-0000-0000-0000-000000000000'::uuid";
const pointsSql = (slug: string, half: 0 | 1) => `
  SELECT o.outlet_id, o.id, o.reported_on, o.status = 'retracted', o.value, o.low, o.high,
         array_position(enum_range(NULL::"Qualifier"), o.qualifier)::int4
    FROM observation o
   WHERE o.figure_id = (SELECT id FROM figure WHERE slug = ${sqlLiteral(slug)}) AND o.outlet_id ${half ? ">=" : "<"} ${HALF}
   ORDER BY o.outlet_id, o.reported_on, o.reported_at NULLS FIRST, o.logged_at, o.id`;

/** Splits the COPY output into series: rows come grouped by outlet, oldest first. */
function toSeries(buf: Buffer): Series[] {
  const rowCount = forEachBinaryRow(buf, () => {});
  const t = new Float64Array(rowCount);
  const y = new Float64Array(rowCount);
  const lo = new Float64Array(rowCount);
  const hi = new Float64Array(rowCount);
  const idAt = new Int32Array(rowCount);
  const retracted = new Uint8Array(rowCount);
  const outletStarts: number[] = [];
  const outletAt: number[] = [];
  let n = 0;
  forEachBinaryRow(buf, (at, dv) => {
    // The value drawn, as plottedValue (sparkline.ts) draws it: a range at its midpoint.
    const value = at[4] < 0 ? NaN : readNumericFloat(dv, at[4]);
    const low = at[5] < 0 ? NaN : readNumericFloat(dv, at[5]);
    const high = at[6] < 0 ? NaN : readNumericFloat(dv, at[6]);
    const drawn = !Number.isNaN(value)
      ? value
      : !Number.isNaN(low) && !Number.isNaN(high)
        ? (low + high) / 2
        : !Number.isNaN(low)
          ? low
          : high;
    if (Number.isNaN(drawn)) return; // nothing to draw (the CHECK constraint says this cannot happen)
    if (!outletAt.length || !sameUuid(dv, outletAt[outletAt.length - 1], at[0])) {
      outletStarts.push(n);
      outletAt.push(at[0]);
    }
    idAt[n] = at[1];
    t[n] = readDateMs(dv, at[2]);
    retracted[n] = dv.getUint8(at[3]);
    y[n] = drawn;
    const qualifier = QUALIFIERS[dv.getInt32(at[7]) - 1];
    [lo[n], hi[n]] = drawnBoundsOf({ qualifier, value, low, high });
    n++;
  });
  outletStarts.push(n);
  const series: Series[] = [];
  const make = (outletId: string, isRetracted: boolean, rows: Int32Array): Series => ({
    outletId,
    isRetracted,
    t: pick(t, rows),
    y: pick(y, rows),
    lo: pick(lo, rows),
    hi: pick(hi, rows),
    id: (k) => readUuid(buf, idAt[rows[k]]),
  });
  for (let o = 0; o < outletAt.length; o++) {
    const outletId = readUuid(buf, outletAt[o]);
    const from = outletStarts[o];
    const to = outletStarts[o + 1];
    let retractedHere = 0;
    for (let i = from; i < to; i++) retractedHere += retracted[i];
    if (!retractedHere) {
      // The usual case: views, no copies.
      const view = {
        t: t.subarray(from, to),
        y: y.subarray(from, to),
        lo: lo.subarray(from, to),
        hi: hi.subarray(from, to),
      };
      series.push({ outletId, isRetracted: false, ...view, id: (k) => readUuid(buf, idAt[from + k]) });
      continue;
    }
    const pub = new Int32Array(to - from - retractedHere);
    const ret = new Int32Array(retractedHere);
    for (let i = from, p = 0, r = 0; i < to; i++) {
      if (retracted[i]) ret[r++] = i;
      else pub[p++] = i;
    }
    series.push(make(outletId, false, pub), make(outletId, true, ret));
  }
  return series;
}

function pick(from: Float64Array, rows: Int32Array): Float64Array {
  const out = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) out[k] = from[rows[k]];
  return out;
}

/** `locale`: the tooltips' language (values and periods in words); English by default. */
export async function getFigureChart(opts: { db?: DbOrTx; slug: string; locale?: Locale }): Promise<FigureChartView> {
  const db = opts.db ?? (await getReadDb());
  const slug = figureSlugOrNotFound(opts.slug);
  const pool = await getReadPool();
  const halves = Promise.all([
    copyBinary({ pool, sql: pointsSql(slug, 0) }),
    copyBinary({ pool, sql: pointsSql(slug, 1) }),
  ]);
  halves.catch(() => {}); // awaited below; this only stops a failure counting as unhandled meanwhile
  const row = await db.figure.findUnique({ where: { slug }, select: FIGURE_SELECT });
  if (!row) throw noSuchFigure(opts.slug);
  const figure = toFigureDto(row);

  const [[lowHalf, highHalf], summaryRows, events, headlines] = await Promise.all([
    halves,
    db.$queryRaw<(Nullable<ObservationDtoRow> & { min: string | null; max: string | null; outlets: number })[]>`
      SELECT s.published_min::text AS min, s.published_max::text AS max, s.outlet_count AS outlets, ${Prisma.raw(OBSERVATION_DTO_COLUMNS)}
        FROM figure_summary s
        LEFT JOIN observation o ON o.id = s.latest_observation_id
        LEFT JOIN outlet ol ON ol.id = o.outlet_id
       WHERE s.figure_id = ${figure.id}::uuid`,
    listEventsForFigure({ db, figureId: figure.id, topics: figure.topics }),
    listFigureHeadlines({ db, figureIds: [figure.id], locale: opts.locale }),
  ]);
  const summary = summaryRows[0];
  const latest = summary?.id ? rowToObservationDto(summary as ObservationDtoRow, figure.unit) : null;

  const all = [...toSeries(lowHalf), ...toSeries(highHalf)];
  const published = all.filter((x) => !x.isRetracted);
  const series = all.filter((x) => x.t.length);
  const publishedCount = published.reduce((n, x) => n + x.t.length, 0);
  const retractedCount = series.reduce((n, x) => n + x.t.length, 0) - publishedCount;

  // ≤ 1,000 points per series, and ≤ MAX_POINTS_TOTAL over all of them (200 outlets × 1,000
  // would still be too many to draw), but never fewer than MIN_POINTS_PER_SERIES.
  const perSeries = Math.min(
    MAX_POINTS_PER_SERIES,
    Math.max(MIN_POINTS_PER_SERIES, Math.floor(MAX_POINTS_TOTAL / Math.max(1, series.length))),
  );
  const kept: string[] = [];
  for (const s of series) for (const k of downsampleIndices(s.t, s.y, perSeries)) kept.push(s.id(k));
  // The kept points' rows; the consensus line is worked out while PostgreSQL finds them.
  const keptRows = kept.length
    ? pool.query<ChartPointRow>(
        `SELECT ${CHART_POINT_COLUMNS} FROM observation o JOIN outlet ol ON ol.id = o.outlet_id WHERE o.id = ANY($1::uuid[])`,
        [kept],
      )
    : Promise.resolve({ rows: [] as ChartPointRow[] });
  keptRows.catch(() => {}); // awaited below; this only stops a failure counting as unhandled meanwhile
  const line = consensusOfOutlets(
    published.map((x) => ({ t: x.t, y: x.lo })),
    published.map((x) => ({ t: x.t, y: x.hi })),
  );
  // Downsample where the outlets agree; every gap (they disagree) is kept, so none is drawn over.
  const agreed = line.filter((p): p is { t: number; y: number; outlets: number } => p.y !== null);
  const keptT = new Set(downsamplePoints(agreed, MAX_POINTS_PER_SERIES).map((p) => p.t));
  const consensus = line.filter((p) => p.y === null || keptT.has(p.t));
  const drawn = (await keptRows).rows.map((r) => rowToChartSource(r, figure.unit));
  return {
    figure,
    chart: {
      series: toChartSeries(drawn, { lang: { locale: opts.locale ?? "en", unit: figure.unit } }),
      consensus,
      publishedCount,
      retractedCount,
    },
    stats: {
      min: summary?.min ?? null,
      max: summary?.max ?? null,
      outletCount: summary?.outlets ?? 0,
      latest,
      headline: headlines.get(figure.id) ?? null,
    },
    events,
  };
}
