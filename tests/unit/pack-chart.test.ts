// The figure page's chart travels packed (columns, dictionaries, deltas): unpacked, it must be the
// chart the server made, point for point, or the reader would see another chart.
import { describe, expect, it } from "vitest";
import { toChartSeries, type ChartSource, type FigureChartData } from "@/lib/figures/chart-series";
import { packChart, unpackChart } from "@/lib/figures/pack-chart";

let n = 0;
function source(outlet: string, reportedOn: string, extra: Partial<ChartSource> = {}): ChartSource {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    value: String(100 + n),
    low: null,
    high: null,
    qualifier: "exact",
    display: `${100 + n} people`,
    refersStart: null,
    refersEnd: null,
    refersLabel: null,
    reportedOn,
    citedSources: ["Ministry"],
    quote: "a quote",
    url: null,
    status: "published",
    checkStatus: "checked",
    outlet: { id: outlet, slug: `outlet-${outlet}`, name: `Outlet ${outlet}` },
    ...extra,
  };
}

const observations: ChartSource[] = [
  source("a", "2025-01-01"),
  source("a", "2025-01-01", { checkStatus: "unchecked" }),
  source("a", "2025-03-15", { qualifier: "at_least", refersEnd: "2025-03-01" }),
  source("a", "2025-04-02", { qualifier: "range", value: null, low: "10.5", high: "20", display: "10.5–20 people" }),
  source("a", "2025-05-02", { status: "retracted" }),
  source("b", "1969-12-30", { refersStart: "1969-12-01", refersEnd: "1969-12-31", refersLabel: "December" }),
  source("b", "2024-02-29", { qualifier: "approximately", value: "0.25" }),
];

const chart: FigureChartData = {
  series: toChartSeries(observations, { lang: { locale: "es", unit: "people" } }),
  consensus: [
    { t: Date.parse("2025-01-01T00:00:00Z"), y: 101, outlets: 1 },
    { t: Date.parse("2025-03-15T00:00:00Z"), y: null, outlets: 2 },
    { t: Date.parse("2025-04-02T00:00:00Z"), y: 15.25, outlets: 2 },
  ],
  publishedCount: 6,
  retractedCount: 1,
};

describe("packChart", () => {
  it("unpacks to the same chart, every point's fields included", () => {
    expect(chart.series.flatMap((s) => s.points)).toHaveLength(observations.length);
    const travelled = JSON.parse(JSON.stringify(packChart(chart)));
    expect(unpackChart(travelled)).toEqual(chart);
  });

  it("is smaller than the chart as objects", () => {
    expect(JSON.stringify(packChart(chart)).length).toBeLessThan(JSON.stringify(chart).length * 0.6);
  });

  it("unpacks an empty chart", () => {
    const empty: FigureChartData = { series: [], consensus: [], publishedCount: 0, retractedCount: 0 };
    expect(unpackChart(packChart(empty))).toEqual(empty);
  });
});
