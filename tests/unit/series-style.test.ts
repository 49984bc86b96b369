// Each outlet's line on a chart: no two alike (colour and dash) for 8, 12 or 40 outlets, and an
// outlet keeps its colour from chart to chart.
import { describe, expect, it } from "vitest";
import { toChartSeries, type ChartSource } from "@/lib/figures/chart-series";
import { assignSeriesStyles, colorFor, DASHES, PALETTE } from "@/lib/figures/series-style";

const NEWSROOMS = [
  "ap",
  "reuters",
  "afp",
  "bbc",
  "cnn",
  "the-guardian",
  "el-pais",
  "nyt",
  "washington-post",
  "al-jazeera",
  "bloomberg",
  "dw",
];
const key = (s: { color: string; dash: string | null }) => `${s.color}|${s.dash}`;

function source(outlet: string, id: string): ChartSource {
  return {
    id,
    value: "10",
    low: null,
    high: null,
    qualifier: "exact",
    display: "10 people",
    refersStart: null,
    refersEnd: null,
    refersLabel: null,
    reportedOn: "2025-10-01",
    citedSources: [],
    quote: "",
    url: null,
    status: "published",
    checkStatus: "checked",
    outlet: { id: `id-${outlet}`, slug: outlet, name: outlet.toUpperCase() },
  };
}

describe("assignSeriesStyles", () => {
  it.each([2, 8, 12])("gives %i outlets on one chart %i different colour-and-dash pairs", (n) => {
    const styles = [...assignSeriesStyles(NEWSROOMS.slice(0, n)).values()];
    expect(new Set(styles.map(key)).size).toBe(n);
  });

  it("uses every colour before any dash, so up to eight outlets are all solid lines", () => {
    const styles = [...assignSeriesStyles(NEWSROOMS.slice(0, 8)).values()];
    expect(new Set(styles.map((s) => s.color)).size).toBe(8);
    expect(styles.every((s) => s.dash === null)).toBe(true);
  });

  it("stays distinct for as many outlets as there are colour × dash pairs", () => {
    const slugs = Array.from({ length: PALETTE.length * DASHES.length }, (_, i) => `outlet-${i}`);
    expect(new Set([...assignSeriesStyles(slugs).values()].map(key)).size).toBe(slugs.length);
  });

  it("gives an outlet its own colour on every chart it does not share with a colliding outlet", () => {
    const ap = colorFor("ap");
    const others = NEWSROOMS.filter((s) => s !== "ap" && colorFor(s) !== ap).slice(0, 4);
    expect(assignSeriesStyles(["ap"]).get("ap")).toEqual({ color: ap, dash: null });
    expect(assignSeriesStyles(["ap", ...others]).get("ap")).toEqual({ color: ap, dash: null });
    expect(assignSeriesStyles([...others.slice(2), "ap"]).get("ap")).toEqual({ color: ap, dash: null });
  });

  it("keeps the colour an outlet gets independent of the order the outlets come in", () => {
    const a = assignSeriesStyles(NEWSROOMS);
    const b = assignSeriesStyles([...NEWSROOMS].reverse());
    for (const slug of NEWSROOMS) expect(b.get(slug)).toEqual(a.get(slug));
  });
});

describe("toChartSeries", () => {
  it("gives two outlets whose slugs hash to the same colour different lines (AP and Reuters were both #E69F00)", () => {
    const [first, second] = NEWSROOMS.flatMap((a, i) => NEWSROOMS.slice(i + 1).map((b) => [a, b])).find(
      ([a, b]) => colorFor(a) === colorFor(b),
    )!;
    const series = toChartSeries([source(first, "1"), source(second, "2")]);
    expect(series).toHaveLength(2);
    expect(key(series[0])).not.toBe(key(series[1]));
  });

  it("draws a 12-outlet chart with 12 different lines, and each outlet as on its own chart when nothing collides", () => {
    const series = toChartSeries(NEWSROOMS.map((o, i) => source(o, String(i))));
    expect(new Set(series.map(key)).size).toBe(12);
    const alone = toChartSeries([source("reuters", "x")])[0];
    expect(alone.color).toBe(colorFor("reuters"));
  });
});
