// Each monitoring rule on a table of cases. Pure functions: no database.
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, resolveSettings, type MonitoringSettings } from "@/lib/monitoring/config";
import { decreaseRule } from "@/lib/monitoring/rules/decrease";
import { disagreementRule } from "@/lib/monitoring/rules/disagreement";
import { newOutletRule } from "@/lib/monitoring/rules/new-outlet";
import { outlierRule } from "@/lib/monitoring/rules/outlier";
import { singleSourceRule } from "@/lib/monitoring/rules/single-source";
import { staleRule } from "@/lib/monitoring/rules/stale";
import { runRules } from "@/lib/monitoring/run-rules";
import type { RuleInput } from "@/lib/monitoring/rules/rule-input";
import type { FigureKind, RuleObservation } from "@/lib/monitoring/types";

let seq = 0;
/** "A:at_least 37 @2025-10-25" style shorthand keeps the tables readable. */
function obs(
  outlet: string,
  qualifier: RuleObservation["qualifier"],
  value: string | null,
  reportedOn: string,
  more: Partial<RuleObservation> = {},
): RuleObservation {
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
    origin: { key: `own:${outlet}`, name: `Outlet ${outlet}` },
    ...more,
  };
}

function input(
  observations: RuleObservation[],
  opts: {
    kind?: FigureKind;
    subject?: RuleObservation;
    now?: string;
    settings?: Partial<MonitoringSettings>;
    isActive?: boolean;
    isArchived?: boolean;
  } = {},
): RuleInput {
  return {
    figure: {
      id: "f1",
      slug: "f",
      title: "F",
      unit: "people",
      kind: opts.kind ?? "cumulative",
      isActive: opts.isActive ?? true,
      isArchived: opts.isArchived ?? false,
    },
    observations,
    subjectIds: opts.subject ? [opts.subject.id] : null,
    settings: { ...DEFAULT_SETTINGS, ...opts.settings },
    now: new Date(opts.now ?? "2025-11-01T12:00:00Z"),
  };
}

describe("disagreement: two claims that cannot both be true", () => {
  const period = { refersEnd: "2025-10-24" };
  const pair = (
    x: [RuleObservation["qualifier"], string | null, string?, string?],
    y: [RuleObservation["qualifier"], string | null],
  ) => [
    obs("A", x[0], x[1], "2025-10-25", { ...period, low: x[2] ?? null, high: x[3] ?? null }),
    obs("B", y[0], y[1], "2025-10-25", period),
  ];
  it.each([
    ["at least 37 vs 43", pair(["at_least", "37"], ["exact", "43"]), false],
    ["17 vs 43", pair(["exact", "17"], ["exact", "43"]), true],
    ["37 vs 43: different exact values", pair(["exact", "37"], ["exact", "43"]), true],
    ["at least 17 vs 43 (43 is on the open side)", pair(["at_least", "17"], ["exact", "43"]), false],
    ["at most 17 vs 43", pair(["at_most", "17"], ["exact", "43"]), true],
    ["at least 50 vs 17", pair(["at_least", "50"], ["exact", "17"]), true],
    ["more than 43 vs 43", pair(["more_than", "43"], ["exact", "43"]), true],
    ["about 40 vs 43 (40 ± 10 % holds 43)", pair(["approximately", "40"], ["exact", "43"]), false],
    ["about 40 vs 45", pair(["approximately", "40"], ["exact", "45"]), true],
    ["range 30–50 vs 43 (overlap)", pair(["range", null, "30", "50"], ["exact", "43"]), false],
    ["range 1–5 vs 43", pair(["range", null, "1", "5"], ["exact", "43"]), true],
    ["0.1 + 0.2 vs 0.3 (exact decimals)", pair(["exact", "0.30"], ["exact", "0.3"]), false],
  ] as const)("%s → %s", (_name, list, expected) => {
    expect(disagreementRule(input([...list])).length).toBe(expected ? 1 : 0);
  });

  it("a wider tolerance for about", () => {
    const list = [obs("A", "approximately", "40", "2025-10-25", period), obs("B", "exact", "45", "2025-10-25", period)];
    expect(disagreementRule(input(list, { settings: { disagreement: { enabled: true, aboutPercent: 15 } } }))).toEqual(
      [],
    );
  });

  it("reports without a period are not compared with dated ones", () => {
    const list = [obs("A", "exact", "17", "2025-10-25"), obs("B", "at_least", "43", "2025-10-25", period)];
    expect(disagreementRule(input(list))).toEqual([]);
  });
});

describe("disagreement rule", () => {
  const period = { refersEnd: "2025-10-24" };
  it.each([
    [
      "at least 37 vs 43, same period",
      [
        ["A", "at_least", "37"],
        ["B", "exact", "43"],
      ],
      period,
      0,
    ],
    [
      "17 vs 43, same period",
      [
        ["A", "exact", "17"],
        ["B", "exact", "43"],
      ],
      period,
      1,
    ],
  ] as const)("%s → %i alerts", (_n, rows, more, count) => {
    const list = rows.map(([o, q, v]) => obs(o, q, v, "2025-10-25", { ...more }));
    const found = disagreementRule(input(list));
    expect(found).toHaveLength(count);
    if (count) expect(found[0].details).toMatchObject({ values: [{ value: "17" }, { value: "43" }] });
  });

  it("17 vs 43 for different periods is no disagreement", () => {
    const list = [
      obs("A", "exact", "17", "2025-10-02", { refersEnd: "2025-10-01" }),
      obs("B", "exact", "43", "2025-10-25", { refersEnd: "2025-10-24" }),
    ];
    expect(disagreementRule(input(list))).toEqual([]);
  });

  it("compares each outlet's latest value for the period, not its superseded ones", () => {
    const list = [
      obs("A", "exact", "17", "2025-10-20", period),
      obs("A", "at_least", "40", "2025-10-25", period),
      obs("B", "exact", "43", "2025-10-25", period),
    ];
    expect(disagreementRule(input(list))).toEqual([]);
  });

  it("only pairs involving the just-written report when a subject is given", () => {
    const a = obs("A", "exact", "17", "2025-10-25", period);
    const b = obs("B", "exact", "43", "2025-10-25", period);
    const c = obs("C", "at_least", "40", "2025-10-25", period);
    expect(disagreementRule(input([a, b, c], { subject: c }))).toHaveLength(1);
    expect(disagreementRule(input([a, b, c], { subject: a }))).toHaveLength(2);
  });

  it("is off when disabled", () => {
    const list = [obs("A", "exact", "17", "2025-10-25", period), obs("B", "exact", "43", "2025-10-25", period)];
    expect(
      disagreementRule(
        input(list, { settings: { disagreement: { ...DEFAULT_SETTINGS.disagreement, enabled: false } } }),
      ),
    ).toEqual([]);
  });
});

describe("decrease rule", () => {
  // [outlet, reported on, value] — "at_least 43" carries its qualifier, "43" is exact
  it.each([
    [
      "own previous 43 → 37",
      [
        ["A", "2025-10-20", "43"],
        ["A", "2025-10-25", "37"],
      ],
      "cumulative",
      "own_previous",
    ],
    [
      "own previous 37 → 43 (an increase)",
      [
        ["A", "2025-10-20", "37"],
        ["A", "2025-10-25", "43"],
      ],
      "cumulative",
      null,
    ],
    [
      "same value again",
      [
        ["A", "2025-10-20", "43"],
        ["A", "2025-10-25", "43.0"],
      ],
      "cumulative",
      null,
    ],
    [
      "decimal exactness: 1000000.1 → 1000000.09",
      [
        ["A", "2025-10-20", "1000000.1"],
        ["A", "2025-10-25", "1000000.09"],
      ],
      "cumulative",
      "own_previous",
    ],
    [
      "at least 43 → at least 37: a weaker claim, not a lower one",
      [
        ["A", "2025-10-20", "at_least 43"],
        ["A", "2025-10-25", "at_least 37"],
      ],
      "cumulative",
      null,
    ],
    [
      "at least 43 → 37",
      [
        ["A", "2025-10-20", "at_least 43"],
        ["A", "2025-10-25", "37"],
      ],
      "cumulative",
      "own_previous",
    ],
    [
      "a level figure may fall",
      [
        ["A", "2025-10-20", "43"],
        ["A", "2025-10-25", "37"],
      ],
      "level",
      null,
    ],
    [
      "30 below what others agree on (at least 45)",
      [
        ["B", "2025-10-20", "at_least 43"],
        ["C", "2025-10-21", "at_least 45"],
        ["A", "2025-10-25", "30"],
      ],
      "cumulative",
      "consensus",
    ],
    [
      "at least 30 is not lower than 50",
      [
        ["B", "2025-10-20", "50"],
        ["C", "2025-10-21", "at_least 45"],
        ["A", "2025-10-25", "at_least 30"],
      ],
      "cumulative",
      null,
    ],
    [
      "others disagree (43 vs 45): nothing agreed to fall below",
      [
        ["B", "2025-10-20", "43"],
        ["C", "2025-10-21", "45"],
        ["A", "2025-10-25", "30"],
      ],
      "cumulative",
      null,
    ],
    [
      "one other outlet is no consensus",
      [
        ["B", "2025-10-20", "43"],
        ["A", "2025-10-25", "30"],
      ],
      "cumulative",
      null,
    ],
  ] as const)("%s", (_n, rows, kind, compared) => {
    const list = rows.map(([o, d, spec]) => {
      const [q, v] = spec.includes(" ") ? spec.split(" ") : ["exact", spec];
      return obs(o, q as RuleObservation["qualifier"], v, d);
    });
    const found = decreaseRule(input(list, { kind, subject: list.at(-1) }));
    if (compared === null) expect(found).toEqual([]);
    else {
      expect(found).toHaveLength(1);
      expect(found[0].details.compared).toBe(compared);
      expect(found[0].observationIds).toContain(list.at(-1)!.id);
    }
  });

  it("a report about an earlier period is not a decrease", () => {
    const list = [
      obs("A", "exact", "43", "2025-10-25", { refersEnd: "2025-10-24" }),
      obs("A", "exact", "17", "2025-10-26", { refersEnd: "2025-10-01" }),
    ];
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

  it("an archived story is history: no stale alert, and no other rule raises one either", () => {
    const quiet = input(last(), { now: "2026-10-25T00:00:00Z", isArchived: true });
    expect(staleRule(quiet)).toEqual([]);
    const disagreeing = input([obs("A", "exact", "43", "2025-10-25"), obs("B", "exact", "90", "2025-10-25")], {
      now: "2026-10-25T00:00:00Z",
    });
    expect(runRules(disagreeing).length).toBeGreaterThan(0);
    expect(runRules({ ...disagreeing, figure: { ...disagreeing.figure, isArchived: true } })).toEqual([]);
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
    expect(s.disagreement.aboutPercent).toBe(10);
  });
});

describe("single source: every latest report traces to one origin", () => {
  const US = { origin: { key: "source:us", name: "US government" } };
  const AFP = { origin: { key: "source:afp", name: "AFP" } };
  const day = { refersEnd: "2025-10-24" };
  it.each([
    [
      "two outlets, both back to the US government",
      [
        obs("A", "at_least", "37", "2025-10-24", { ...US, ...day }),
        obs("B", "at_least", "43", "2025-10-24", { ...US, ...day }),
      ],
      "US government",
    ],
    [
      "two outlets, two origins",
      [
        obs("A", "at_least", "37", "2025-10-24", { ...US, ...day }),
        obs("B", "at_least", "43", "2025-10-24", { ...AFP, ...day }),
      ],
      null,
    ],
    [
      "one outlet only",
      [obs("A", "at_least", "37", "2025-10-24", US), obs("A", "at_least", "43", "2025-10-25", US)],
      null,
    ],
    // An older period's second origin does not count: only the latest period's reports do.
    [
      "the older period had another origin",
      [
        obs("A", "exact", "10", "2025-10-01", { ...AFP, refersEnd: "2025-10-01" }),
        obs("A", "at_least", "37", "2025-10-24", { ...US, ...day }),
        obs("B", "at_least", "43", "2025-10-24", { ...US, ...day }),
      ],
      "US government",
    ],
    // Each outlet's latest report counts: B moved from AFP to the US government.
    [
      "an outlet's newer report replaces its older one",
      [
        obs("A", "at_least", "37", "2025-10-24", { ...US, ...day }),
        obs("B", "at_least", "40", "2025-10-23", { ...AFP, ...day }),
        obs("B", "at_least", "43", "2025-10-24", { ...US, ...day }),
      ],
      "US government",
    ],
  ])("%s", (_, observations, origin) => {
    const found = singleSourceRule(input(observations));
    expect(found.map((f) => f.details.origin)).toEqual(origin ? [origin] : []);
    if (origin) expect(found[0].message).toContain(`all go back to ${origin}`);
  });

  it("is on by default and can be turned off", () => {
    expect(DEFAULT_SETTINGS.single_source.enabled).toBe(true);
    const two = [obs("A", "exact", "4", "2025-10-24", US), obs("B", "exact", "4", "2025-10-24", US)];
    expect(singleSourceRule(input(two, { settings: { single_source: { enabled: false } } }))).toEqual([]);
  });
});
