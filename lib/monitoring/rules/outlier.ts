// Outlier: median ± k·MAD. A report is an outlier when it lies more than k scaled median
// absolute deviations (1.4826·MAD, which equals one standard deviation for normal data) from
// the median of the figure's `window` most recent earlier values. Robust: one wild value in the
// reference does not move it. When the recent values are all equal (MAD 0), 5 % of the median
// stands in for the spread, so a tiny wobble is not an "outlier".
import { headlineOf, median } from "../bounds";
import type { Finding } from "../types";
import { before, subjectsOf, type RuleInput } from "./rule-input";
import { byReportOrder } from "../../values/report-order";

export const MAD_SCALE = 1.4826;

export function outlierLimits(
  values: number[],
  k: number,
): { median: number; mad: number; lower: number; upper: number } {
  const m = median(values);
  const mad = median(values.map((v) => Math.abs(v - m)));
  const spread = mad > 0 ? MAD_SCALE * mad : Math.max(Math.abs(m) * 0.05, Number.EPSILON);
  return { median: m, mad, lower: m - k * spread, upper: m + k * spread };
}

export function outlierRule(input: RuleInput): Finding[] {
  const cfg = input.settings.outlier;
  if (!cfg.enabled) return [];
  const findings: Finding[] = [];
  for (const s of subjectsOf(input)) {
    const value = headlineOf(s);
    if (value === null) continue;
    const recent = before(input.observations, s)
      .sort(byReportOrder)
      .map(headlineOf)
      .filter((v): v is string => v !== null)
      .slice(-cfg.window)
      .map(Number);
    if (recent.length < cfg.minPoints) continue;
    const lim = outlierLimits(recent, cfg.k);
    const v = Number(value);
    if (v >= lim.lower && v <= lim.upper) continue;
    findings.push({
      rule: "outlier",
      dedupeKey: `outlier:${s.id}`,
      observationIds: [s.id],
      message: `${s.outletName} reported ${value}, outside the recent range ${round(lim.lower)}–${round(lim.upper)} (median ${round(lim.median)} ± ${cfg.k}·MAD).`,
      details: {
        outlet: s.outletName,
        value,
        median: String(lim.median),
        mad: String(lim.mad),
        k: cfg.k,
        lower: String(lim.lower),
        upper: String(lim.upper),
        window: recent.length,
      },
    });
  }
  return findings;
}

const round = (n: number) => (Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 100) / 100).toLocaleString("en-US");
