// What the figure chart draws for a given view, and where: the visible series, the consensus, and
// both axes' domains and ticks. Pure (no React, no Recharts), so the server-rendered snapshot
// (chart-snapshot.tsx) and the Recharts plot (figure-plot.tsx) place every mark in the same spot
// and the swap from one to the other after load does not move anything.
import { colorFor, type ChartPoint, type FigureChartData } from "@/lib/figures/chart-series";
import type { ChartState } from "@/lib/figures/chart-state";
import type { EventDto } from "@/lib/events/list-events-for-figure";

export const DAY_MS = 86_400_000;
export const PLOT_HEIGHT = 380;
/** Recharts' margin, Y-axis width and X-axis height: the plot area is what is left. */
export const MARGIN = { top: 24, right: 24, bottom: 8, left: 8 } as const;
export const Y_AXIS_WIDTH = 64;
export const X_AXIS_HEIGHT = 30;
export const PLOT_INSET = {
  top: MARGIN.top,
  right: MARGIN.right,
  bottom: MARGIN.bottom + X_AXIS_HEIGHT,
  left: MARGIN.left + Y_AXIS_WIDTH,
} as const;

/** Below this plot width only every third x label fits (a date is ~80 px): the Recharts plot drops
 * the others, the server-drawn snapshot (width unknown) marks them minor and hides them on phones. */
export const NARROW_PLOT_PX = 480;
export const isMinorTick = (i: number) => i % 3 !== 0;

/** Events closer than this share of the x axis share one label ("2,3"; "2–4"): on a phone two
 * numbers a day apart would print on top of each other. Each keeps its line. */
const EVENT_LABEL_GAP = 0.05;

function groupCloseEvents<E extends { x: number; label: string }>(marks: E[], domain: [number, number]): E[] {
  const span = domain[1] - domain[0];
  const out = marks.map((m) => ({ ...m }));
  let lead: { mark: E; numbers: string[] } | null = null;
  for (const m of [...out].sort((a, b) => a.x - b.x)) {
    if (lead && m.x - lead.mark.x < span * EVENT_LABEL_GAP) {
      lead.numbers.push(m.label);
      const n = lead.numbers;
      lead.mark.label = n.length > 2 ? `${n[0]}–${n[n.length - 1]}` : n.join(",");
      m.label = "";
    } else lead = { mark: m, numbers: [m.label] };
  }
  return out;
}

export const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const dayStart = (date: string) => Date.parse(`${date}T00:00:00Z`);

export type DrawnPoint = ChartPoint & { x: number };
export type DrawnSeries = FigureChartData["series"][number] & {
  isHidden: boolean;
  live: DrawnPoint[];
  retracted: DrawnPoint[];
};

export type ChartLayout = {
  drawn: DrawnSeries[];
  /** on the "period it refers to" axis: visible points whose report gives no period, shown apart */
  undated: ChartPoint[];
  visible: DrawnSeries[];
  showConsensus: boolean;
  /** y null: the outlets' latest reports cannot all be true then (a gap in the line) */
  consensus: { x: number; y: number | null }[];
  events: { id: string; x: number; label: string }[];
  xDomain: [number, number];
  xTicks: number[];
  yDomain: [number, number];
  yTicks: number[];
};

/** 1, 2, 2.5 or 5 × a power of ten, at least `raw`. */
function niceStep(raw: number): number {
  const p = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 2.5, 5, 10].find((m) => m * p >= raw) ?? 10) * p;
}

function linearAxis(min: number, max: number): { domain: [number, number]; ticks: number[] } {
  const lo = Math.min(0, min);
  const hi = max > lo ? max : lo + 1;
  const step = niceStep((hi - lo) / 4);
  const start = Math.floor(lo / step) * step;
  const end = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let v = start; v <= end + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return { domain: [start, end], ticks };
}

function logAxis(min: number, max: number): { domain: [number, number]; ticks: number[] } {
  const domain: [number, number] = [Math.max(min / 1.5, 1e-9), max * 1.5];
  const candidates: number[] = [];
  for (let e = Math.floor(Math.log10(domain[0])); e <= Math.ceil(Math.log10(domain[1])); e++)
    for (const m of [1, 2, 5]) candidates.push(Number((m * 10 ** e).toPrecision(12)));
  const inside = candidates.filter((v) => v >= domain[0] && v <= domain[1]);
  const powers = inside.filter((v) => Number.isInteger(Math.log10(v)));
  return { domain, ticks: inside.length > 7 ? powers : inside };
}

export function layoutChart({
  chart,
  events,
  state,
}: {
  chart: FigureChartData;
  events: EventDto[];
  state: ChartState;
}): ChartLayout {
  const hidden = new Set(state.hidden);
  const fromT = state.from ? dayStart(state.from) : -Infinity;
  const toT = state.to ? dayStart(state.to) : Infinity;
  const byPeriod = state.x === "refers";
  const undated: ChartPoint[] = [];
  const drawn = chart.series.map((s) => {
    const shown = s.points.filter((p) => (state.retracted || !p.isRetracted) && (state.scale === "linear" || p.y > 0));
    // A value whose period is not given is not drawn at its report date as if that were its period.
    if (byPeriod && !hidden.has(s.outletSlug)) undated.push(...shown.filter((p) => p.tr === null && !p.isRetracted));
    const points = shown
      .filter((p) => !byPeriod || p.tr !== null)
      .map((p) => ({ ...p, x: byPeriod ? p.tr! : p.t }))
      .filter((p) => p.x >= fromT && p.x <= toT)
      .sort((a, b) => a.x - b.x);
    const color = state.colour === "origin" ? colorFor(`origin:${s.origin}`) : s.color;
    return {
      ...s,
      color,
      isHidden: hidden.has(s.outletSlug),
      live: points.filter((p) => !p.isRetracted),
      retracted: points.filter((p) => p.isRetracted),
    };
  });
  const visible = drawn.filter((s) => !s.isHidden);
  const showConsensus = state.consensus && state.x === "reported" && chart.consensus.length > 0;
  const consensus = showConsensus
    ? chart.consensus
        .filter((c) => (state.scale === "linear" || c.y === null || c.y > 0) && c.t >= fromT && c.t <= toT)
        .map((c) => ({ x: c.t, y: c.y }))
    : [];

  const marks = events.map((e, i) => ({ id: e.id, x: dayStart(e.date), label: String(i + 1) }));
  const xs = visible.flatMap((s) => [...s.live, ...s.retracted].map((p) => p.x)).concat(marks.map((e) => e.x));
  const first = xs.length ? Math.min(...xs) : Date.now();
  const last = xs.length ? Math.max(...xs) : Date.now();
  // Pad so points never sit on the axis edges, and one-day figures still get a readable axis.
  const pad = Math.max(7 * DAY_MS, (last - first) * 0.05);
  const xDomain: [number, number] = [
    Number.isFinite(fromT) ? fromT : first - pad,
    Number.isFinite(toT) ? toT + DAY_MS - 1 : last + pad,
  ];
  // Day-aligned ticks of our own: Recharts' "nice" ticks repeat on narrow time domains.
  const step = Math.max(DAY_MS, Math.ceil((xDomain[1] - xDomain[0]) / 6 / DAY_MS) * DAY_MS);
  const xTicks: number[] = [];
  for (let t = Math.ceil(xDomain[0] / DAY_MS) * DAY_MS; t <= xDomain[1]; t += step) xTicks.push(t);

  const ys = visible
    .flatMap((s) => s.live.flatMap((p) => [p.y, ...p.band]).concat(s.retracted.map((p) => p.y)))
    .concat(consensus.flatMap((c) => (c.y === null ? [] : [c.y])));
  const yMin = ys.length ? Math.min(...ys) : 1;
  const yMax = ys.length ? Math.max(...ys) : 10;
  const y = state.scale === "log" ? logAxis(yMin, yMax) : linearAxis(yMin, yMax);
  undated.sort((a, b) => a.t - b.t);
  return {
    drawn,
    undated,
    visible,
    showConsensus,
    consensus,
    events: groupCloseEvents(marks, xDomain),
    xDomain,
    xTicks,
    yDomain: y.domain,
    yTicks: y.ticks,
  };
}

/** Where a value falls across the plot, 0 (left/bottom) to 1 (right/top). */
export function fractionX(layout: Pick<ChartLayout, "xDomain">, x: number): number {
  const [a, b] = layout.xDomain;
  return (x - a) / (b - a);
}

export function fractionY(layout: Pick<ChartLayout, "yDomain">, y: number, scale: ChartState["scale"]): number {
  const [a, b] = layout.yDomain;
  return scale === "log" ? (Math.log(y) - Math.log(a)) / (Math.log(b) - Math.log(a)) : (y - a) / (b - a);
}
