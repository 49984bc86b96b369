// Turns a figure's observations into chart-ready series: one per outlet, oldest first,
// retracted values left out. Pure, so the chart component only draws.
import type { ObservationDto } from "../observations/observation-dto";
import { plottedValue } from "./sparkline";

/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
export const PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#882255"];

export type ChartPoint = {
  t: number;
  y: number;
  id: string;
  display: string;
  qualifier: ObservationDto["qualifier"];
  low: number | null;
  high: number | null;
  reportedOn: string;
  citedSources: string[];
  quote: string;
  url: string | null;
  period: string | null;
  outletName: string;
  checkStatus: ObservationDto["checkStatus"];
};

export type ChartSeries = { outletId: string; outletName: string; color: string; points: ChartPoint[] };

/** The same outlet gets the same colour on every page. */
export function colorFor(key: string): string {
  let h = 0;
  for (const ch of key) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return PALETTE[h % PALETTE.length];
}

export function toChartSeries(observations: ObservationDto[]): ChartSeries[] {
  const byOutlet = new Map<string, ChartSeries>();
  const oldestFirst = observations.filter((o) => o.status === "published").reverse();
  for (const o of oldestFirst) {
    const y = plottedValue(o);
    if (y === null) continue;
    let series = byOutlet.get(o.outlet.id);
    if (!series) {
      series = { outletId: o.outlet.id, outletName: o.outlet.name, color: colorFor(o.outlet.slug), points: [] };
      byOutlet.set(o.outlet.id, series);
    }
    series.points.push({
      t: Date.parse(`${o.reportedOn}T00:00:00Z`),
      y,
      id: o.id,
      display: o.display,
      qualifier: o.qualifier,
      low: o.low === null ? null : Number(o.low),
      high: o.high === null ? null : Number(o.high),
      reportedOn: o.reportedOn,
      citedSources: o.citedSources,
      quote: o.quote,
      url: o.url,
      period: o.refersLabel,
      outletName: o.outlet.name,
      checkStatus: o.checkStatus,
    });
  }
  return [...byOutlet.values()].sort((a, b) => a.outletName.localeCompare(b.outletName));
}
