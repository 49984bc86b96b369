// The chart's geometry, shared by the server-drawn snapshot and the Recharts plot: which points
// are in view, and both axes' domains and ticks. And the dashboard's sparkline path.
import { describe, expect, it } from "vitest";
import { DAY_MS, fractionX, fractionY, layoutChart } from "@/components/charts/chart-layout";
import { sparklinePath } from "@/components/charts/sparkline";
import { colorFor, type ChartPoint, type FigureChartData } from "@/lib/figures/chart-series";
import { DEFAULT_CHART_STATE, type ChartState } from "@/lib/figures/chart-state";

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function point(id: string, date: string, y: number, extra: Partial<ChartPoint> = {}): ChartPoint {
  return {
    t: day(date),
    tr: day(date),
    y,
    band: [y, y],
    id,
    display: String(y),
    qualifier: "exact",
    checkStatus: "checked",
    isRetracted: false,
    reportedOn: date,
    period: date,
    outletName: "A",
    ...extra,
  };
}

const chart: FigureChartData = {
  series: [
    {
      outletId: "a",
      outletSlug: "a",
      outletName: "A",
      color: "#000",
      dash: null,
      origin: "US government",
      points: [
        point("1", "2025-10-01", 17),
        point("2", "2025-10-10", 37),
        point("r", "2025-10-12", 99, { isRetracted: true }),
      ],
    },
    {
      outletId: "b",
      outletSlug: "b",
      outletName: "B",
      color: "#111",
      dash: null,
      origin: "US government",
      points: [point("3", "2025-10-20", 43, { outletName: "B" })],
    },
  ],
  consensus: [
    { t: day("2025-10-01"), y: 17, outlets: 1 },
    { t: day("2025-10-20"), y: 40, outlets: 2 },
  ],
  publishedCount: 3,
  retractedCount: 1,
};
const state = (patch: Partial<ChartState> = {}): ChartState => ({ ...DEFAULT_CHART_STATE, ...patch });

describe("layoutChart", () => {
  it("pads the time axis by a week around the data and ticks on whole days", () => {
    const l = layoutChart({ chart, events: [], state: state() });
    expect(l.xDomain).toEqual([day("2025-10-01") - 7 * DAY_MS, day("2025-10-20") + 7 * DAY_MS]);
    expect(l.xTicks.every((t) => t % DAY_MS === 0)).toBe(true);
    expect(l.xTicks[0]).toBe(l.xDomain[0]);
  });

  it("zooms to From/To: only points inside, the axis exactly the days chosen", () => {
    const l = layoutChart({ chart, events: [], state: state({ from: "2025-10-05", to: "2025-10-15" }) });
    expect(l.visible.flatMap((s) => s.live.map((p) => p.id))).toEqual(["2"]);
    expect(l.xDomain).toEqual([day("2025-10-05"), day("2025-10-16") - 1]);
    expect(l.consensus).toEqual([]);
  });

  it("hides retracted values unless asked, and hidden outlets", () => {
    expect(layoutChart({ chart, events: [], state: state() }).visible[0].retracted).toEqual([]);
    const l = layoutChart({ chart, events: [], state: state({ retracted: true, hidden: ["b"] }) });
    expect(l.visible.map((s) => s.outletSlug)).toEqual(["a"]);
    expect(l.visible[0].retracted.map((p) => p.id)).toEqual(["r"]);
    expect(l.drawn.find((s) => s.outletSlug === "b")?.isHidden).toBe(true);
  });

  it("numbers events in date order, and events a day apart share one label so they do not print over each other", () => {
    const ev = (id: string, date: string) => ({ id, date, title: id, url: null, description: "" });
    const l = layoutChart({
      chart,
      events: [ev("e1", "2025-10-02"), ev("e2", "2025-10-15"), ev("e3", "2025-10-15"), ev("e4", "2025-10-16")],
      state: state(),
    });
    expect(l.events.map((e) => [e.id, e.label])).toEqual([
      ["e1", "1"],
      ["e2", "2–4"],
      ["e3", ""],
      ["e4", ""],
    ]);
    const two = layoutChart({ chart, events: [ev("a", "2025-10-02"), ev("b", "2025-10-03")], state: state() });
    expect(two.events.map((e) => e.label)).toEqual(["1,2", ""]);
  });

  it("gives a linear y axis from zero to a round number above the highest value, with round ticks", () => {
    const l = layoutChart({ chart, events: [], state: state() });
    expect(l.yDomain).toEqual([0, 60]);
    expect(l.yTicks).toEqual([0, 20, 40, 60]);
    expect(fractionY(l, 30, "linear")).toBe(0.5);
    const big = layoutChart({
      chart: { ...chart, series: [{ ...chart.series[0], points: [point("x", "2025-10-01", 253_000)] }], consensus: [] },
      events: [],
      state: state(),
    });
    expect(big.yTicks).toEqual([0, 100_000, 200_000, 300_000]);
  });

  it("gives a log y axis around the values with 1-2-5 ticks inside it", () => {
    const l = layoutChart({ chart, events: [], state: state({ scale: "log" }) });
    expect(l.yDomain[0]).toBeCloseTo(17 / 1.5);
    expect(l.yDomain[1]).toBeCloseTo(43 * 1.5);
    expect(l.yTicks).toEqual([20, 50]);
    expect(fractionY(l, l.yDomain[1], "log")).toBeCloseTo(1);
  });

  it("places events on the axis and widens it to include them", () => {
    const l = layoutChart({
      chart,
      events: [{ id: "e", date: "2025-11-30", title: "E", url: null, description: "" }],
      state: state(),
    });
    expect(l.events).toEqual([{ id: "e", x: day("2025-11-30"), label: "1" }]);
    expect(fractionX(l, day("2025-11-30"))).toBeLessThan(1);
  });
});

describe("sparklinePath", () => {
  it("steps from each value to the next across the full width, highest value at the top", () => {
    expect(
      sparklinePath([
        { date: "2025-10-01", y: 10 },
        { date: "2025-10-02", y: 20 },
        { date: "2025-10-03", y: 15 },
      ]),
    ).toBe("M0,36.00H50.00V4.00H100.00V20.00");
  });

  it("draws a flat line through the middle when every value is the same", () => {
    expect(
      sparklinePath([
        { date: "2025-10-01", y: 5 },
        { date: "2025-10-02", y: 5 },
      ]),
    ).toBe("M0,20.00H100.00V20.00");
  });
});

describe("colour by origin", () => {
  it("gives outlets that cite one origin one colour, and keeps the outlets' own colours otherwise", () => {
    const byOutlet = layoutChart({ chart, events: [], state: DEFAULT_CHART_STATE });
    expect(byOutlet.drawn.map((s) => s.color)).toEqual(["#000", "#111"]);
    const byOrigin = layoutChart({ chart, events: [], state: { ...DEFAULT_CHART_STATE, colour: "origin" } });
    expect(new Set(byOrigin.drawn.map((s) => s.color)).size).toBe(1);
    const twoOrigins = { ...chart, series: [chart.series[0], { ...chart.series[1], origin: "Reuters" }] };
    const colours = layoutChart({
      chart: twoOrigins,
      events: [],
      state: { ...DEFAULT_CHART_STATE, colour: "origin" },
    }).drawn.map((s) => s.color);
    expect(colours).toEqual([colorFor("origin:US government"), colorFor("origin:Reuters")]);
    expect(colours[0]).not.toBe(colours[1]);
  });
});
