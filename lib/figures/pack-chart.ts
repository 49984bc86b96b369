// A chart's data as it travels inside a page (the RSC payload in the HTML), and back. At 4,000
// points, one object per point with its keys spelled out (and every quote mark escaped in the
// payload's string) was most of the 100,000-value figure's page. Packed, each series is columns:
// dates as day deltas, the few distinct (qualifier, check, retracted) marks and periods once each
// with an index per point, bands and refers-to dates only where they say something. Lossless:
// unpackChart(packChart(c)) deep-equals c (tests/unit/pack-chart.test.ts). Pure, for both sides.
import type { ChartPoint, ChartSeries, FigureChartData } from "./chart-series";
import type { FigureChartView } from "./get-figure-chart";

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

type Mark = [qualifier: ChartPoint["qualifier"], checkStatus: ChartPoint["checkStatus"], isRetracted: boolean];

export type PackedSeries = Omit<ChartSeries, "points"> & {
  id: string[];
  /** reported day (days since 1970-01-01), each as the difference from the one before */
  t: number[];
  y: number[];
  display: string[];
  marks: Mark[];
  /** index into marks; omitted when there is one mark */
  m?: number[];
  periods: string[];
  /** index into periods; omitted when there is one period */
  p?: number[];
  /** point index → refers-to day, where the report gives a period */
  tr?: Record<number, number>;
  /** point index → [low, high], where the band is not [y, y] */
  band?: Record<number, [number, number]>;
};

export type PackedChart = Omit<FigureChartData, "series" | "consensus"> & {
  series: PackedSeries[];
  /** the consensus line: days as deltas, y (null: a gap), outlets */
  consensus: { t: number[]; y: (number | null)[]; outlets: number[] };
};

/** A figure page's or embed's first data: the chart packed, the rest as it is. */
export type PackedChartView = Omit<FigureChartView, "chart"> & { chart: PackedChart };

export const packChartView = (view: FigureChartView): PackedChartView => ({ ...view, chart: packChart(view.chart) });
export const unpackChartView = (view: PackedChartView): FigureChartView => ({
  ...view,
  chart: unpackChart(view.chart),
});

/** Distinct values in first-seen order, and each item's index among them. */
function dictionary<T>(items: T[], key: (item: T) => string): { values: T[]; index: number[] } {
  const at = new Map<string, number>();
  const values: T[] = [];
  const index = items.map((item) => {
    const k = key(item);
    let i = at.get(k);
    if (i === undefined) {
      i = values.length;
      at.set(k, i);
      values.push(item);
    }
    return i;
  });
  return { values, index };
}

const deltas = (days: number[]) => days.map((d, i) => (i ? d - days[i - 1] : d));
const undelta = (diffs: number[]) => {
  const out = new Array<number>(diffs.length);
  for (let i = 0, day = 0; i < diffs.length; i++) out[i] = day = i ? day + diffs[i] : diffs[i];
  return out;
};
const days = (ms: number[]) => ms.map((t) => Math.round(t / DAY));

function packSeries({ points, ...series }: ChartSeries): PackedSeries {
  const marks = dictionary<Mark>(
    points.map((p) => [p.qualifier, p.checkStatus, p.isRetracted]),
    (m) => m.join("|"),
  );
  const periods = dictionary(
    points.map((p) => p.period),
    (p) => p,
  );
  const tr: Record<number, number> = {};
  const band: Record<number, [number, number]> = {};
  points.forEach((p, i) => {
    if (p.tr !== null) tr[i] = Math.round(p.tr / DAY);
    if (p.band[0] !== p.y || p.band[1] !== p.y) band[i] = p.band;
  });
  return {
    ...series,
    id: points.map((p) => p.id),
    t: deltas(days(points.map((p) => p.t))),
    y: points.map((p) => p.y),
    display: points.map((p) => p.display),
    marks: marks.values,
    ...(marks.values.length > 1 ? { m: marks.index } : {}),
    periods: periods.values,
    ...(periods.values.length > 1 ? { p: periods.index } : {}),
    ...(Object.keys(tr).length ? { tr } : {}),
    ...(Object.keys(band).length ? { band } : {}),
  };
}

function unpackSeries({ id, t, y, display, marks, m, periods, p, tr, band, ...series }: PackedSeries): ChartSeries {
  const day = undelta(t);
  const points = id.map((pointId, i): ChartPoint => {
    const [qualifier, checkStatus, isRetracted] = marks[m ? m[i] : 0];
    const ms = day[i] * DAY;
    return {
      t: ms,
      tr: tr?.[i] !== undefined ? tr[i] * DAY : null,
      y: y[i],
      band: band?.[i] ?? [y[i], y[i]],
      id: pointId,
      display: display[i],
      qualifier,
      checkStatus,
      isRetracted,
      reportedOn: iso(ms),
      period: periods[p ? p[i] : 0],
      outletName: series.outletName,
    };
  });
  return { ...series, points };
}

/** Packs a figure page's chart. Points inlining their tooltip details are not packable (the as-of view). */
export function packChart(chart: FigureChartData): PackedChart {
  const { series, consensus, ...rest } = chart;
  return {
    ...rest,
    series: series.map(packSeries),
    consensus: {
      t: deltas(days(consensus.map((c) => c.t))),
      y: consensus.map((c) => c.y),
      outlets: consensus.map((c) => c.outlets),
    },
  };
}

export function unpackChart(packed: PackedChart): FigureChartData {
  const { series, consensus, ...rest } = packed;
  const day = undelta(consensus.t);
  return {
    ...rest,
    series: series.map(unpackSeries),
    consensus: day.map((d, i) => ({ t: d * DAY, y: consensus.y[i], outlets: consensus.outlets[i] })),
  };
}
