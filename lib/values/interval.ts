// What a reported value claims about the true number, as an interval with open or closed ends:
// "43" is [43, 43], "about 43" is 43 ± a tolerance (10 % unless the figure says otherwise),
// "at least 43" is [43, ∞), "more than 43" is (43, ∞), "at most"/"less than" likewise, a range
// [low, high]. The consensus, the change, the disagreement rule, the badges and the chart all
// compare values through this module and nothing else. Pure and exact: decimal strings only.
import { addDecimal, compareDecimal, multiplyDecimal, negateDecimal, subtractDecimal } from "./decimal";
import type { Qualifier } from "./qualifiers";

/** One end of an interval; null in an Interval means unbounded (−∞ or ∞). */
export type Bound = { value: string; open: boolean };
export type Interval = { lo: Bound | null; hi: Bound | null };

export type ReportedValue = { qualifier: Qualifier; value: string | null; low: string | null; high: string | null };

/** "about 43" means 43 ± 10 % unless a figure's monitoring settings choose another share. */
export const DEFAULT_ABOUT_TOLERANCE = "0.1";

const closed = (value: string): Bound => ({ value, open: false });
const open = (value: string): Bound => ({ value, open: true });

/** The interval a report claims; null when it claims no number (a range with neither end). */
export function intervalOf(v: ReportedValue, tolerance: string = DEFAULT_ABOUT_TOLERANCE): Interval | null {
  if (v.qualifier === "range") {
    if (v.low === null && v.high === null) return null;
    return { lo: v.low === null ? null : closed(v.low), hi: v.high === null ? null : closed(v.high) };
  }
  if (v.value === null) return null;
  const x = v.value;
  switch (v.qualifier) {
    case "exact":
      return { lo: closed(x), hi: closed(x) };
    case "approximately": {
      const d = multiplyDecimal(x.replace(/^-/, ""), tolerance);
      return { lo: closed(subtractDecimal(x, d)), hi: closed(addDecimal(x, d)) };
    }
    case "at_least":
      return { lo: closed(x), hi: null };
    case "more_than":
      return { lo: open(x), hi: null };
    case "at_most":
      return { lo: null, hi: closed(x) };
    case "less_than":
      return { lo: null, hi: open(x) };
  }
}

/** Is `hi` below `lo`, so that no number is ≤ hi and ≥ lo (open ends exclude their value)? */
function apart(hi: Bound | null, lo: Bound | null): boolean {
  if (hi === null || lo === null) return false;
  const c = compareDecimal(hi.value, lo.value);
  return c < 0 || (c === 0 && (hi.open || lo.open));
}

export const isEmpty = (i: Interval): boolean => apart(i.hi, i.lo);

export const isPoint = (i: Interval): boolean =>
  i.lo !== null && i.hi !== null && !i.lo.open && !i.hi.open && compareDecimal(i.lo.value, i.hi.value) === 0;

export const sameInterval = (a: Interval, b: Interval): boolean => sameBound(a.lo, b.lo) && sameBound(a.hi, b.hi);

const sameBound = (a: Bound | null, b: Bound | null) =>
  a === null || b === null ? a === b : a.open === b.open && compareDecimal(a.value, b.value) === 0;

/** Which lower bound is higher (the tighter one): an open end beats a closed one at the same value. */
export function compareLower(a: Bound | null, b: Bound | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return compareDecimal(a.value, b.value) || (a.open === b.open ? 0 : a.open ? 1 : -1);
}

/** Which upper bound is higher: a closed end beats an open one at the same value. */
export function compareUpper(a: Bound | null, b: Bound | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compareDecimal(a.value, b.value) || (a.open === b.open ? 0 : a.open ? -1 : 1);
}

/** The numbers both intervals allow; null when there are none. */
export function intersect(a: Interval, b: Interval): Interval | null {
  const lo = compareLower(a.lo, b.lo) >= 0 ? a.lo : b.lo;
  const hi = compareUpper(a.hi, b.hi) <= 0 ? a.hi : b.hi;
  const out = { lo, hi };
  return isEmpty(out) ? null : out;
}

/** The numbers every interval allows; null when there are none (or no intervals). */
export function intersectAll(list: Interval[]): Interval | null {
  if (list.length === 0) return null;
  let acc: Interval | null = list[0];
  for (const i of list.slice(1)) {
    acc = intersect(acc, i);
    if (acc === null) return null;
  }
  return acc;
}

/** −1 when every number `a` allows is below every number `b` allows, 1 when above, 0 when they overlap. */
export function compareIntervals(a: Interval, b: Interval): -1 | 0 | 1 {
  if (apart(a.hi, b.lo)) return -1;
  if (apart(b.hi, a.lo)) return 1;
  return 0;
}

/** a − b: every difference of a number `a` allows and one `b` allows. Open when either end is. */
export function difference(a: Interval, b: Interval): Interval {
  const end = (x: Bound | null, y: Bound | null): Bound | null =>
    x === null || y === null ? null : { value: subtractDecimal(x.value, y.value), open: x.open || y.open };
  return { lo: end(a.lo, b.hi), hi: end(a.hi, b.lo) };
}

/** −a */
export function negate(a: Interval): Interval {
  const flip = (x: Bound | null): Bound | null => (x === null ? null : { value: negateDecimal(x.value), open: x.open });
  return { lo: flip(a.hi), hi: flip(a.lo) };
}

/**
 * The sign of a change, when the interval of differences allows only one: "up" when every
 * difference is above zero, "down" when every one is below, "same" for exactly zero; null when the
 * numbers cannot say (the interval holds zero and something else).
 */
export function signOf(d: Interval): "up" | "down" | "same" | null {
  const zero: Interval = { lo: closed("0"), hi: closed("0") };
  if (isPoint(d) && compareDecimal(d.lo!.value, "0") === 0) return "same";
  const c = compareIntervals(d, zero);
  return c > 0 ? "up" : c < 0 ? "down" : null;
}

/**
 * The same interval as floats, for drawing only (the chart's "outlets agree" line): ±Infinity
 * for an unbounded side, open ends drawn at their value. Decisions a person reads are made on
 * the exact intervals above.
 */
export function drawnBoundsOf(
  v: { qualifier: Qualifier; value: number; low: number; high: number },
  tolerance = 0.1,
): [number, number] {
  const x = v.value;
  switch (v.qualifier) {
    case "exact":
      return [x, x];
    case "approximately":
      return [x - Math.abs(x) * tolerance, x + Math.abs(x) * tolerance];
    case "at_least":
    case "more_than":
      return [x, Infinity];
    case "at_most":
    case "less_than":
      return [-Infinity, x];
    case "range":
      return [Number.isNaN(v.low) ? -Infinity : v.low, Number.isNaN(v.high) ? Infinity : v.high];
  }
}

/** drawnBoundsOf for a report with decimal strings. */
export function drawnBoundsOfReport(o: ReportedValue): [number, number] {
  const num = (s: string | null) => (s === null ? NaN : Number(s));
  return drawnBoundsOf({ qualifier: o.qualifier, value: num(o.value), low: num(o.low), high: num(o.high) });
}
