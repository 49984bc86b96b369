// The headline of a figure, made of what outlets reported. Take the latest refers-to period;
// each outlet's latest report for it is an interval; if the intervals intersect, the headline
// is that intersection in words ("at least 43 people", "4 people (4 outlets agree)"), else
// "Outlets disagree: 17 to at least 43 people". The change compares like with like: a new
// report for the same period is a revision ("up from at least 37 people"); otherwise the latest
// period against the one before it, labelled with both, only when the interval arithmetic says
// which way it went. Reports whose period is not given are never ordered or subtracted: they
// make the headline only when no report gives a period. Pure and exact.
import type { Locale } from "../i18n/locales";
import { formatPeriod } from "../format/format-date";
import { describeChange, describeInterval } from "./describe-interval";
import { formatReportedValue } from "./format-value";
import {
  compareLower,
  compareUpper,
  difference,
  intersectAll,
  intervalOf,
  sameInterval,
  type Interval,
  type ReportedValue,
} from "./interval";
import { medianOfExact } from "./median";
import { byReportOrderThenId } from "./report-order";

export type HeadlineReport = ReportedValue & {
  id: string;
  outletId: string;
  /** ISO dates */
  reportedOn: string;
  refersStart: string | null;
  refersEnd: string | null;
  refersLabel: string | null;
  /** day, month, year or fiscal_year: lets another language name the period (lib/format/format-date.ts) */
  refersPrecision?: string | null;
  /** ISO timestamp: same-day reports are ordered by when they were logged */
  loggedAt: string;
};

export type Headline = {
  /** agree: the latest reports' intervals intersect; disagree: they do not */
  status: "agree" | "disagree";
  /** "at least 43 people", "Outlets disagree: 17 to at least 43 people" */
  display: string;
  /** the period the headline is about, in the reporter's words; null when no report gives one */
  period: string | null;
  /** outlets whose latest report for that period make the headline */
  outletCount: number;
  /** the reports that make it */
  observationIds: string[];
  /** median of those reports when every one is exact (a statistic, never the headline) */
  median: string | null;
  change: HeadlineChange | null;
};

export type HeadlineChange = {
  /** revision: a newer report for the same period; period: the latest period against the one before */
  kind: "revision" | "period";
  direction: "up" | "down" | "same" | "revised";
  /** "up from at least 37 people", "down by more than $470 million (fiscal 2025 against fiscal 2024)" */
  display: string;
};

const hasPeriod = (r: HeadlineReport) => r.refersStart !== null || r.refersEnd !== null;
const periodKey = (r: HeadlineReport) => `${r.refersStart ?? ""}..${r.refersEnd ?? ""}`;
/** Where a period sits on the time line: its end, else its start. */
const periodEnd = (r: HeadlineReport) => (r.refersEnd ?? r.refersStart)!;

/**
 * The figure's reports grouped by period, each group in report order, latest period last;
 * reports without a period apart. The groups that are compared are `comparable`: every dated
 * one, or, when no report gives a period, the undated reports together.
 */
export function periodsOf<T extends HeadlineReport>(reports: T[]): { dated: T[][]; undated: T[]; comparable: T[][] } {
  const groups = new Map<string, T[]>();
  const undated: T[] = [];
  for (const r of [...reports].sort(byReportOrderThenId)) {
    if (!hasPeriod(r)) undated.push(r);
    else {
      const group = groups.get(periodKey(r));
      if (group) group.push(r);
      else groups.set(periodKey(r), [r]);
    }
  }
  // By end; one end with several starts: the group reported last counts as the later one.
  const dated = [...groups.values()].sort((a, b) =>
    periodEnd(a[0]) < periodEnd(b[0])
      ? -1
      : periodEnd(a[0]) > periodEnd(b[0])
        ? 1
        : byReportOrderThenId(a.at(-1)!, b.at(-1)!),
  );
  return { dated, undated, comparable: dated.length ? dated : undated.length ? [undated] : [] };
}

/** Each outlet's latest report in one period's group (report order in, first-report order out). */
export function latestByOutlet<T extends HeadlineReport>(group: T[]): T[] {
  const latest = new Map<string, T>();
  for (const r of group) latest.set(r.outletId, r);
  return [...latest.values()];
}

type Agreement = { status: "agree" | "disagree"; display: string; interval: Interval | null; latest: HeadlineReport[] };

/** One period's reports (report order) → each outlet's latest, and whether their intervals meet. */
const WORDS = {
  en: {
    agree: (n: number) => ` (${n} outlets agree)`,
    disagree: (a: string, b: string) => `Outlets disagree: ${a} to ${b}`,
  },
  es: {
    agree: (n: number) => ` (coinciden ${n} medios)`,
    disagree: (a: string, b: string) => `Los medios no coinciden: de ${a} a ${b}`,
  },
};
const CHANGE = {
  en: { revised: "revised", up: "up", down: "down", same: "same", from: "from", against: "against" },
  es: { revised: "revisado", up: "subió", down: "bajó", same: "igual", from: "desde", against: "frente a" },
};

function agreementOf(
  reports: HeadlineReport[],
  unit: string,
  tolerance?: string,
  locale: Locale = "en",
): Agreement | null {
  const withIntervals = latestByOutlet(reports)
    .map((r) => ({ r, i: intervalOf(r, tolerance) }))
    .filter((x): x is { r: HeadlineReport; i: Interval } => x.i !== null);
  if (withIntervals.length === 0) return null;
  const latest = withIntervals.map((x) => x.r);
  const show = (r: HeadlineReport) => formatReportedValue({ ...r, unit }, locale);
  const meet = intersectAll(withIntervals.map((x) => x.i));
  if (meet) {
    const n = withIntervals.length;
    const allSame = withIntervals.every((x) => sameInterval(x.i, withIntervals[0].i));
    const anyAbout = latest.some((r) => r.qualifier === "approximately");
    let display: string;
    if (allSame) display = show(latest[0]) + (n > 1 ? WORDS[locale].agree(n) : "");
    // An "about" bound is not a number anyone reported: name the reports instead.
    else if (anyAbout) display = [...new Set(latest.map(show))].join("; ");
    else display = describeInterval(meet, unit, locale);
    return { status: "agree", display, interval: meet, latest };
  }
  const sorted = [...withIntervals].sort((a, b) => compareLower(a.i.lo, b.i.lo) || compareUpper(a.i.hi, b.i.hi));
  const low = sorted[0].r;
  const high = sorted.at(-1)!.r;
  const lowWords = formatReportedValue({ ...low, unit: locale === "en" ? unitSignOnly(unit) : "" }, locale);
  return { status: "disagree", display: WORDS[locale].disagree(lowWords, show(high)), interval: null, latest };
}

/** The unit a first number keeps in "17 to at least 43 people" ("$", "%" stay; words go). */
const unitSignOnly = (unit: string) => (["USD", "EUR", "GBP", "COP", "percent", "%"].includes(unit) ? unit : "");

/** `locale`: the language of its words (English unless a page asks for another). */
export function headlineOf(opts: {
  reports: HeadlineReport[];
  unit: string;
  tolerance?: string;
  locale?: Locale;
}): Headline | null {
  const { unit, tolerance } = opts;
  const locale = opts.locale ?? "en";
  const c = CHANGE[locale];
  const period$ = (group: HeadlineReport[]) => periodLabel(group, locale);
  const { dated, undated } = periodsOf(opts.reports);
  const group = dated.length ? dated.at(-1)! : undated;
  const now = agreementOf(group, unit, tolerance, locale);
  if (!now) return null;
  const period = dated.length ? period$(group) : null;

  let change: HeadlineChange | null = null;
  // A revision: the same period's headline before its newest report (another outlet saying the
  // same is none).
  const before = group.length > 1 ? agreementOf(group.slice(0, -1), unit, tolerance, locale) : null;
  const moved = before?.status === "agree" && now.status === "agree" && !sameInterval(before.interval!, now.interval!);
  if (before && moved) {
    change = { kind: "revision", ...revision(now.interval!, before.interval!), display: "" };
    change.display = `${c[change.direction]} ${c.from} ${before.display}`;
  } else if (!before && dated.length > 1 && now.status === "agree") {
    const previous = dated.at(-2)!;
    const then = agreementOf(previous, unit, tolerance, locale);
    const words =
      then?.status === "agree" ? describeChange(difference(now.interval!, then.interval!), unit, locale) : null;
    if (words) {
      const labels = `${period$(group)} ${c.against} ${period$(previous)}`;
      change = { kind: "period", direction: words.direction, display: `${words.display} (${labels})` };
    }
  }

  return {
    status: now.status,
    display: now.display,
    period,
    outletCount: now.latest.length,
    observationIds: now.latest.map((r) => r.id),
    median: now.latest.length > 1 ? medianOfExact(now.latest) : null,
    change,
  };
}

/** One period's name: the reporters' own words when they all use the same, else its dates. */
function periodLabel(group: HeadlineReport[], locale: Locale): string {
  const labels = new Set(group.map((r) => r.refersLabel?.trim() || null));
  return formatPeriod(labels.size === 1 ? group[0] : { ...group[0], refersLabel: null }, locale);
}

/** Which way a revision moved the agreed interval: both ends up, both down, or neither. */
function revision(now: Interval, before: Interval): { direction: HeadlineChange["direction"] } {
  const lo = compareLower(now.lo, before.lo);
  const hi = compareUpper(now.hi, before.hi);
  if (lo >= 0 && hi >= 0 && (lo > 0 || hi > 0)) return { direction: "up" };
  if (lo <= 0 && hi <= 0 && (lo < 0 || hi < 0)) return { direction: "down" };
  return { direction: "revised" };
}
