import { describe, expect, it } from "vitest";
import { addDecimal, multiplyDecimal, subtractDecimal } from "@/lib/values/decimal";
import { describeChange, describeInterval } from "@/lib/values/describe-interval";
import { compareIntervals, difference, intersect, intervalOf, type Interval } from "@/lib/values/interval";
import { medianOfExact } from "@/lib/values/median";
import type { Qualifier } from "@/lib/values/qualifiers";

/** "at_least 43", "range 41 45" → the interval the report claims. */
function iv(spec: string, tolerance?: string): Interval {
  const [q, a, b] = spec.split(" ");
  const value = q === "range" ? null : a;
  const i = intervalOf(
    { qualifier: q as Qualifier, value, low: q === "range" ? a : null, high: q === "range" ? b : null },
    tolerance,
  );
  if (!i) throw new Error(spec);
  return i;
}

/** [43, ∞), (40, 43], ∅ */
function show(i: Interval | null): string {
  if (!i) return "∅";
  const lo = i.lo ? `${i.lo.open ? "(" : "["}${i.lo.value}` : "(-∞";
  const hi = i.hi ? `${i.hi.value}${i.hi.open ? ")" : "]"}` : "∞)";
  return `${lo}, ${hi}`;
}

describe("intervalOf: what each qualifier claims", () => {
  it.each([
    ["exact 43", "[43, 43]"],
    ["approximately 43", "[38.7, 47.3]"],
    ["approximately -20", "[-22, -18]"],
    ["at_least 43", "[43, ∞)"],
    ["more_than 43", "(43, ∞)"],
    ["at_most 43", "(-∞, 43]"],
    ["less_than 43", "(-∞, 43)"],
    ["range 12 15", "[12, 15]"],
  ])("%s → %s", (spec, expected) => expect(show(iv(spec))).toBe(expected));

  it("uses the figure's tolerance for about", () => expect(show(iv("approximately 200", "0.25"))).toBe("[150, 250]"));
  it("a range with one end is one-sided; with none it claims nothing", () => {
    expect(show(intervalOf({ qualifier: "range", value: null, low: "12", high: null }))).toBe("[12, ∞)");
    expect(show(intervalOf({ qualifier: "range", value: null, low: null, high: "15" }))).toBe("(-∞, 15]");
    expect(intervalOf({ qualifier: "range", value: null, low: null, high: null })).toBeNull();
  });
});

// Every qualifier of 40 (a range: 38–42) against every qualifier of 43 (a range: 41–45).
const A: Record<Qualifier, string> = {
  exact: "exact 40",
  approximately: "approximately 40",
  at_least: "at_least 40",
  more_than: "more_than 40",
  at_most: "at_most 40",
  less_than: "less_than 40",
  range: "range 38 42",
};
const B: Record<Qualifier, string> = {
  exact: "exact 43",
  approximately: "approximately 43",
  at_least: "at_least 43",
  more_than: "more_than 43",
  at_most: "at_most 43",
  less_than: "less_than 43",
  range: "range 41 45",
};
const ORDER: Qualifier[] = ["exact", "approximately", "at_least", "more_than", "at_most", "less_than", "range"];
// Rows: A's qualifier; columns: B's, in ORDER.
const EXPECTED: Record<Qualifier, string[]> = {
  exact: ["∅", "[40, 40]", "∅", "∅", "[40, 40]", "[40, 40]", "∅"],
  approximately: ["[43, 43]", "[38.7, 44]", "[43, 44]", "(43, 44]", "[36, 43]", "[36, 43)", "[41, 44]"],
  at_least: ["[43, 43]", "[40, 47.3]", "[43, ∞)", "(43, ∞)", "[40, 43]", "[40, 43)", "[41, 45]"],
  more_than: ["[43, 43]", "(40, 47.3]", "[43, ∞)", "(43, ∞)", "(40, 43]", "(40, 43)", "[41, 45]"],
  at_most: ["∅", "[38.7, 40]", "∅", "∅", "(-∞, 40]", "(-∞, 40]", "∅"],
  less_than: ["∅", "[38.7, 40)", "∅", "∅", "(-∞, 40)", "(-∞, 40)", "∅"],
  range: ["∅", "[38.7, 42]", "∅", "∅", "[38, 42]", "[38, 42]", "[41, 42]"],
};
const PAIRS = ORDER.flatMap((qa) => ORDER.map((qb, j) => [A[qa], B[qb], EXPECTED[qa][j]] as const));

describe("intersect: every qualifier pair", () => {
  it.each(PAIRS)("%s ∩ %s = %s", (a, b, expected) => {
    expect(show(intersect(iv(a), iv(b)))).toBe(expected);
    expect(show(intersect(iv(b), iv(a)))).toBe(expected);
    expect(compareIntervals(iv(a), iv(b)) === 0).toBe(expected !== "∅");
  });

  it.each([
    ["at_least 43", "at_most 43", "[43, 43]"],
    ["more_than 43", "at_most 43", "∅"],
    ["at_least 43", "less_than 43", "∅"],
    ["more_than 43", "at_least 43", "(43, ∞)"],
    ["at_most 43", "less_than 43", "(-∞, 43)"],
    ["range 10 20", "range 20 30", "[20, 20]"],
    ["range 10 20", "more_than 20", "∅"],
    ["exact 0.3", "range 0.1 0.3", "[0.3, 0.3]"],
  ])("touching ends: %s ∩ %s = %s", (a, b, expected) => expect(show(intersect(iv(a), iv(b)))).toBe(expected));
});

describe("difference (new − old) and its words", () => {
  it.each([
    ["exact 230000000", "more_than 700000000", "(-∞, -470000000)", "down by more than $470 million"],
    ["more_than 700000000", "exact 230000000", "(470000000, ∞)", "up by more than $470 million"],
    [
      "exact 230000000",
      "approximately 700000000",
      "[-540000000, -400000000]",
      "down by between $400 million and $540 million",
    ],
    ["exact 43", "exact 37", "[6, 6]", "up by $6"],
    ["at_most 10", "at_least 20", "(-∞, -10]", "down by at least $10"],
    ["at_least 43", "at_least 37", "(-∞, ∞)", null],
    ["range 10 20", "exact 15", "[-5, 5]", null],
    ["more_than 43", "exact 43", "(0, ∞)", "up"],
    ["exact 5", "exact 5", "[0, 0]", "no change"],
  ])("%s − %s = %s", (a, b, expected, words) => {
    const d = difference(iv(a), iv(b));
    expect(show(d)).toBe(expected);
    expect(describeChange(d, "USD")?.display ?? null).toBe(words);
  });
});

describe("exact decimals", () => {
  it("0.1 + 0.2 is 0.3, not 0.30000000000000004", () => {
    expect(addDecimal("0.1", "0.2")).toBe("0.3");
    expect(show(intersect(iv(`exact ${addDecimal("0.1", "0.2")}`), iv("exact 0.3")))).toBe("[0.3, 0.3]");
    expect(show(difference(iv("exact 0.3"), iv("exact 0.1")))).toBe("[0.2, 0.2]");
  });
  it.each([
    [subtractDecimal("1", "0.9"), "0.1"],
    [subtractDecimal("0.1", "0.25"), "-0.15"],
    [multiplyDecimal("1.1", "1.1"), "1.21"],
    [addDecimal("999999999999999999999.9", "0.1"), "1000000000000000000000"],
    [addDecimal("-0.5", "0.5"), "0"],
  ])("%s = %s", (actual, expected) => expect(actual).toBe(expected));
});

describe("describeInterval: words from the bounds only", () => {
  it.each([
    ["exact 43", "43 people"],
    ["at_least 43", "at least 43 people"],
    ["more_than 43", "more than 43 people"],
    ["at_most 43", "at most 43 people"],
    ["less_than 43", "less than 43 people"],
    ["range 43 50", "between 43 and 50 people"],
  ])("%s", (spec, words) => expect(describeInterval(iv(spec), "people")).toBe(words));
  it("mixed ends", () => {
    expect(describeInterval(intersect(iv("more_than 43"), iv("at_most 50"))!, "people")).toBe(
      "more than 43 and at most 50 people",
    );
  });
});

describe("medianOfExact", () => {
  const ex = (value: string) => ({ qualifier: "exact" as const, value, low: null, high: null });
  it("is the middle of exact values, exactly", () => {
    expect(medianOfExact([ex("17"), ex("25"), ex("20")])).toBe("20");
    expect(medianOfExact([ex("0.1"), ex("0.2")])).toBe("0.15");
  });
  it("does not exist when any value is not exact", () => {
    expect(medianOfExact([ex("17"), { qualifier: "at_least", value: "43", low: null, high: null }])).toBeNull();
    expect(medianOfExact([])).toBeNull();
  });
});
