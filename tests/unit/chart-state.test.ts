import { describe, expect, it } from "vitest";
import { chartStateToQuery, DEFAULT_CHART_STATE, parseChartState } from "@/lib/figures/chart-state";
import { DEFAULT_SETTINGS } from "@/lib/monitoring/config";
import { isStale } from "@/lib/monitoring/thresholds";

describe("chart state in the URL", () => {
  it("leaves defaults out and round-trips every setting", () => {
    expect(chartStateToQuery(DEFAULT_CHART_STATE)).toBe("");
    const state = {
      x: "refers",
      scale: "log",
      hidden: ["afp", "bbc"],
      from: "2025-10-01",
      to: "2025-12-31",
      consensus: false,
      retracted: true,
      colour: "origin",
      page: 3,
    } as const;
    const query = chartStateToQuery({ ...state, hidden: [...state.hidden] });
    expect(query).toBe(
      "?x=refers&scale=log&hide=afp%2Cbbc&from=2025-10-01&to=2025-12-31&consensus=0&retracted=1&colour=origin&page=3",
    );
    expect(parseChartState(new URLSearchParams(query.slice(1)))).toEqual(state);
  });

  it("ignores values it does not understand", () => {
    expect(parseChartState(new URLSearchParams("x=sideways&scale=cubic&from=yesterday&page=-2"))).toEqual(
      DEFAULT_CHART_STATE,
    );
  });
});

describe("stale: one definition for the dashboard badge and the alert", () => {
  const now = new Date("2025-12-01T12:00:00Z");
  const base = { kind: "level" as const, isActive: true, isArchived: false, settings: DEFAULT_SETTINGS, now };
  it.each([
    ["a level figure after 90 days", { lastReportedOn: "2025-09-01" }, true],
    ["a level figure after 30 days", { lastReportedOn: "2025-10-31" }, false],
    ["a running total after 7 days", { kind: "cumulative" as const, lastReportedOn: "2025-11-24" }, true],
    [
      "an editor's limit of 3 days",
      { settings: { ...DEFAULT_SETTINGS, stale: { enabled: true, days: 3 } }, lastReportedOn: "2025-11-27" },
      true,
    ],
    ["a figure nobody follows", { isActive: false, lastReportedOn: "2020-01-01" }, false],
    ["an archived story, a year quiet", { isArchived: true, lastReportedOn: "2024-10-24" }, false],
    ["no report at all", { lastReportedOn: null }, false],
  ] as const)("%s → %s", (_n, more, expected) => {
    expect(isStale({ ...base, ...more })).toBe(expected);
  });
});
