// Each monitoring rule on a table of cases. Pure functions: no database.
import { describe, expect, it } from "vitest";
import { boundsOf } from "@/lib/monitoring/bounds";
import { DEFAULT_SETTINGS, resolveSettings, type MonitoringSettings } from "@/lib/monitoring/config";
import { decreaseRule } from "@/lib/monitoring/rules/decrease";
import { disagreementRule, isDisagreement } from "@/lib/monitoring/rules/disagreement";
import { newOutletRule } from "@/lib/monitoring/rules/new-outlet";
import { outlierRule } from "@/lib/monitoring/rules/outlier";
import { staleRule } from "@/lib/monitoring/rules/stale";
import type { RuleInput } from "@/lib/monitoring/rules/rule-input";
import type { FigureKind, RuleObservation } from "@/lib/monitoring/types";

let seq = 0;
/** "A:at_least 37 @2025-10-25" style shorthand keeps the tables readable. */
function obs(outlet: string, qualifier: RuleObservation["qualifier"], value: string | null, reportedOn: string, more: Partial<RuleObservation> = {}): RuleObservation {
  seq += 1;
  return {
    id: more.id ?? `o${seq}`,
    outletId: outlet,
    outletName: `Outlet ${outlet}`,
    qualifier,
    value,
    low: null,
    high: null,
    reportedOn,
    refersStart: null,
    refersEnd: null,
    refersLabel: null,
    loggedAt: `2026-01-01T00:00:${String(seq % 60).padStart(2, "0")}.${String(seq).padStart(3, "0").slice(-3)}Z`,
    ...more,
  };
}

function input(observations: RuleObservation[], opts: { kind?: FigureKind; subject?: RuleObservation; now?: string; settings?: Partial<MonitoringSettings>; isActive?: boolean } = {}): RuleInput {
  return {
    figure: { id: "f1", slug: "f", title: "F", unit: "people", kind: opts.kind ?? "cumulative", isActive: opts.isActive ?? true },
    observations,
    subjectIds: opts.subject ? [opts.subject.id] : null,
    settings: { ...DEFAULT_SETTINGS, ...opts.settings },
    now: new Date(opts.now ?? "2025-11-01T12:00:00Z"),
  };
}

describe("disagreement tolerance (qualifier-aware)", () => {
  const t = DEFAULT_SETTINGS.disagreement;
  const b = (qualifier: RuleObservation["qualifier"], value: string | null, low: string | null = null, high: string | null = null) =>
    boundsOf({ qualifier, value, low, high })!;
  it.each([
    ["at least 37 vs 43", b("at_least", "37"), b("exact", "43"), false],
    ["17 vs 43 (small counts: 17 < 0.5×43 and 43 > 1.5×17)", b("exact", "17"), b("exact", "43"), true],
    ["37 vs 43", b("exact", "37"), b("exact", "43"), false],
    ["at least 17 vs 43 (43 is on the open side)", b("at_least", "17"), b("exact", "43"), false],
    ["at most 17 vs 43", b("at_most", "17"), b("exact", "43"), true],
    ["at least 50 vs 17", b("at_least", "50"), b("exact", "17"), true],
    ["30 vs 43: 43 ≤ 1.5×30", b("exact", "30"), b("exact", "43"), false],
    ["25 vs 60: 25 < 30 and 60 > 37.5", b("exact", "25"), b("exact", "60"), true],
    ["800 vs 1000 (large: 800 ≥ 0.75×1000)", b("exact", "800"), b("exact", "1000"), false],
    ["700 vs 1000 (large: 700 < 750 and 1000 > 875)", b("exact", "700"), b("exact", "1000"), true],
    ["range 30–50 vs 43 (overlap)", b("range", null, "30", "50"), b("exact", "43"), false],
    ["range 1–5 vs 43", b("range", null, "1", "5"), b("exact", "43"), true],
    ["-25 vs -30 (percent falls)", b("exact", "-25"), b("exact", "-30"), false],
    ["-5 vs 10 (opposite signs)", b("exact", "-5"), b("exact", "10"), true],
    ["0 vs 3", b("exact", "0"), b("exact", "3"), true],
  ])("%s → %s", (_name, x, y, expected) => {
    expect(isDisagreement(x, y, t)).toBe(expected);
    expect(isDisagreement(y, x, t)).toBe(expected);
  });
});

describe("disagreement rule", () => {
  const period = { refersEnd: "2025-10-24" };
  it.each([
    ["at least 37 vs 43, same period", [["A", "at_least", "37"], ["B", "exact", "43"]], period, 0],
    ["17 vs 43, same period", [["A", "exact", "17"], ["B", "exact", "43"]], period, 1],
  ] as const)("%s → %i alerts", (_n, rows, more, count) => {
    const list = rows.map(([o, q, v]) => obs(o, q, v, "2025-10-25", { ...more }));
    const found = disagreementRule(input(list));
    expect(found).toHaveLength(count);
    if (count) expect(found[0].details).toMatchObject({ values: [{ value: "17" }, { value: "43" }] });
  });

  it("17 vs 43 for different periods is no disagreement", () => {
    const list = [obs("A", "exact", "17", "2025-10-02", { refersEnd: "2025-10-01" }), obs("B", "exact", "43", "2025-10-25", { refersEnd: "2025-10-24" })];
    expect(disagreementRule(input(list))).toEqual([]);
  });

  it("compares each outlet's latest value for the period, not its superseded ones", () => {
    const list = [obs("A", "exact", "17", "2025-10-20", period), obs("A", "exact", "40", "2025-10-25", period), obs("B", "exact", "43", "2025-10-25", period)];
    expect(disagreementRule(input(list))).toEqual([]);
  });

  it("only pairs involving the just-written report when a subject is given", () => {
    const a = obs("A", "exact", "17", "2025-10-25", period);
    const b = obs("B", "exact", "43", "2025-10-25", period);
    const c = obs("C", "exact", "44", "2025-10-25", period);
    expect(disagreementRule(input([a, b, c], { subject: c }))).toHaveLength(1);
    expect(disagreementRule(input([a, b, c], { subject: a }))).toHaveLength(2);
  });

  it("is off when disabled", () => {
    const list = [obs("A", "exact", "17", "2025-10-25", period), obs("B", "exact", "43", "2025-10-25", period)];
    expect(disagreementRule(input(list, { settings: { disagreement: { ...DEFAULT_SETTINGS.disagreement, enabled: false } } }))).toEqual([]);
  });
});

describe("decrease rule", () => {
  it.each([
    ["own previous 43 → 37", [["A", "2025-10-20", "43"], ["A", "2025-10-25", "37"]], "cumulative", "own_previous"],
    ["own previous 37 → 43 (an increase)", [["A", "2025-10-20", "37"], ["A", "2025-10-25", "43"]], "cumulative", null],
    ["same value again", [["A", "2025-10-20", "43"], ["A", "2025-10-25", "43.0"]], "cumulative", null],
    ["decimal exactness: 1000000.1 → 1000000.09", [["A", "2025-10-20", "1000000.1"], ["A", "2025-10-25", "1000000.09"]], "cumulative", "own_previous"],
    ["a level figure may fall", [["A", "2025-10-20", "43"], ["A", "2025-10-25", "37"]], "level", null],
    ["below the consensus of other outlets", [["B", "2025-10-20", "43"], ["C", "2025-10-21", "45"], ["A", "2025-10-25", "30"]], "cumulative", "consensus"],
    ["one other outlet is no consensus", [["B", "2025-10-20", "43"], ["A", "2025-10-25", "30"]], "cumulative", null],
  ] as const)("%s", (_n, rows, kind, compared) => {
    const list = rows.map(([o, d, v]) => obs(o, "at_least", v, d));
    const found = decreaseRule(input(list, { kind, subject: list.at(-1) }));
    if (compared === null) expect(found).toEqual([]);
    else {
      expect(found).toHaveLength(1);
      expect(found[0].details.compared).toBe(compared);
      expect(found[0].observationIds).toContain(list.at(-1)!.id);
    }
  });

  it("a report about an earlier period is not a decrease", () => {
    const list = [obs("A", "exact", "43", "2025-10-25", { refersEnd: "2025-10-24" }), obs("A", "exact", "17", "2025-10-26", { refersEnd: "2025-10-01" })];
    expect(decreaseRule(input(list, { subject: list[1] }))).toEqual([]);
  });

  it("the same condition has the same dedupe key on every run", () => {
    const list = [obs("A", "exact", "43", "2025-10-20"), obs("A", "exact", "37", "2025-10-25")];
    expect(decreaseRule(input(list))[0].dedupeKey).toBe(decreaseRule(input(list, { subject: list[1] }))[0].dedupeKey);
  });
});

describe("stale rule", () => {
  const last = () => [obs("A", "exact", "43", "2025-10-25")];
  it.each([
    ["6 days, cumulative (limit 7)", "2025-10-31T23:00:00Z", "cumulative", true, undefined, 0],
    ["7 days, cumulative", "2025-11-01T00:00:00Z", "cumulative", true, undefined, 1],
    ["7 days, level (limit 90)", "2025-11-01T00:00:00Z", "level", true, undefined, 0],
    ["91 days, level", "2026-01-24T00:00:00Z", "level", true, undefined, 1],
    ["inactive figure", "2026-06-01T00:00:00Z", "cumulative", false, undefined, 0],
    ["editor set 2 days", "2025-10-27T00:00:00Z", "cumulative", true, 2, 1],
  ] as const)("%s → %i", (_n, now, kind, isActive, days, count) => {
    const settings = { stale: { enabled: true, ...(days ? { days } : {}) } };
    const found = staleRule(input(last(), { now, kind, isActive, settings }));
    expect(found).toHaveLength(count);
  });

  it("no observations: nothing to be stale about", () => {
    expect(staleRule(input([], { now: "2030-01-01T00:00:00Z" }))).toEqual([]);
  });
});

describe("new outlet rule", () => {
  it.each([
    ["a second outlet", [["A"], ["B"]], 1],
    ["the same outlet again", [["A"], ["A"]], 0],
    ["the figure's very first report", [["A"]], 0],
  ] as const)("%s → %i", (_n, rows, count) => {
    const list = rows.map(([o], i) => obs(o, "exact", "10", `2025-10-2${i}`));
    expect(newOutletRule(input(list, { subject: list.at(-1) }))).toHaveLength(count);
  });
});

describe("outlier rule (median ± k·MAD)", () => {
  const history = ["40", "41", "43", "43", "44", "45"];
  it.each([
    ["47 after 40–45", "47", 0],
    ["430 after 40–45 (a slipped digit)", "430", 1],
    ["4 after 40–45", "4", 1],
    ["too few recent values", "430", 0, 2],
  ] as const)("%s → %i", (_n, value, count, keep: number = history.length) => {
    const list = history.slice(0, keep).map((v, i) => obs(`O${i}`, "exact", v, `2025-10-1${i}`));
    const s = obs("Z", "exact", value, "2025-10-25");
    const found = outlierRule(input([...list, s], { subject: s }));
    expect(found).toHaveLength(count);
    if (count) expect(found[0].details).toMatchObject({ value, median: "43", k: 5 });
  });

  it("equal recent values: a small wobble is not an outlier, a jump is", () => {
    const list = ["100", "100", "100", "100", "100"].map((v, i) => obs(`O${i}`, "exact", v, `2025-10-1${i}`));
    const wobble = obs("Z", "exact", "101", "2025-10-25");
    const jump = obs("Y", "exact", "200", "2025-10-26");
    expect(outlierRule(input([...list, wobble], { subject: wobble }))).toEqual([]);
    expect(outlierRule(input([...list, jump], { subject: jump }))).toHaveLength(1);
  });
});

describe("settings", () => {
  it("fills what was not stored from the defaults and ignores bad stored parts", () => {
    const s = resolveSettings({ stale: { enabled: false }, outlier: { k: -3 }, nonsense: {} });
    expect(s.stale.enabled).toBe(false);
    expect(s.outlier).toEqual(DEFAULT_SETTINGS.outlier);
    expect(s.disagreement.smallLower).toBe(0.5);
  });
});
