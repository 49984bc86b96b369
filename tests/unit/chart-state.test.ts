import { describe, expect, it } from "vitest";
import { chartStateToQuery, DEFAULT_CHART_STATE, parseChartState } from "@/lib/figures/chart-state";
import { isDisagreeing, isStale } from "@/lib/figures/thresholds";

describe("chart state in the URL", () => {
  it("leaves defaults out and round-trips every setting", () => {
    expect(chartStateToQuery(DEFAULT_CHART_STATE)).toBe("");
    const state = { x: "refers", scale: "log", hidden: ["afp", "bbc"], from: "2025-10-01", to: "2025-12-31", consensus: false, retracted: true, colour: "origin", page: 3 } as const;
    const query = chartStateToQuery({ ...state, hidden: [...state.hidden] });
    expect(query).toBe("?x=refers&scale=log&hide=afp%2Cbbc&from=2025-10-01&to=2025-12-31&consensus=0&retracted=1&colour=origin&page=3");
    expect(parseChartState(new URLSearchParams(query.slice(1)))).toEqual(state);
  });

  it("ignores values it does not understand", () => {
    expect(parseChartState(new URLSearchParams("x=sideways&scale=cubic&from=yesterday&page=-2"))).toEqual(DEFAULT_CHART_STATE);
  });
});

describe("dashboard badges", () => {
  it("flags disagreement above a quarter of the median, with two or more outlets", () => {
    expect(isDisagreeing({ outlets: 3, disagreement: 0.3 })).toBe(true);
    expect(isDisagreeing({ outlets: 3, disagreement: 0.2 })).toBe(false);
    expect(isDisagreeing({ outlets: 1, disagreement: 2 })).toBe(false);
  });

  it("calls a figure stale after 30 days without a report", () => {
    const now = new Date("2025-12-01T12:00:00Z");
    expect(isStale({ lastReportedOn: "2025-10-31", now })).toBe(true);
    expect(isStale({ lastReportedOn: "2025-11-10", now })).toBe(false);
    expect(isStale({ lastReportedOn: null, now })).toBe(false);
  });
});
