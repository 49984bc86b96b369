// Disagreement: the latest values of different outlets for the same refers-to period are
// further apart than a tolerance (the COVID Tracking Project's: within 0.5–1.5× for counts
// under 100, 0.75–1.25× above). Qualifiers count: each report is the interval it claims
// ("at least 37" = [37, ∞)), so it contradicts nothing on its open side. Two values agree when
// either one lies in the other's tolerance band.
import type { MonitoringSettings } from "../config";
import { boundsOf, byReportOrder, headlineOf, periodKeyOf, type Bounds } from "../bounds";
import type { Finding, RuleObservation } from "../types";
import type { RuleInput } from "./rule-input";

type Tolerance = MonitoringSettings["disagreement"];

/** Are two claimed intervals further apart than the tolerance? Pure; exported for the table test. */
export function isDisagreement(a: Bounds, b: Bounds, t: Tolerance): boolean {
  if (a.lo <= b.hi && b.lo <= a.hi) return false; // they overlap: both can be true
  // x < y: the nearest points of the two intervals
  let [x, y] = a.hi < b.lo ? [a.hi, b.lo] : [b.hi, a.lo];
  if (x < 0 && y > 0) return true;
  if (y <= 0) [x, y] = [-y, -x]; // both negative (a percent fall): compare magnitudes
  if (x === 0) return y !== 0;
  const small = y < t.smallBelow;
  const lower = small ? t.smallLower : t.largeLower;
  const upper = small ? t.smallUpper : t.largeUpper;
  return !(x >= lower * y || y <= upper * x);
}

export function disagreementRule(input: RuleInput): Finding[] {
  const t = input.settings.disagreement;
  if (!t.enabled) return [];
  const subjects = input.subjectIds ? new Set(input.subjectIds) : null;
  const latest = new Map<string, RuleObservation>(); // period|outlet → latest report
  for (const o of [...input.observations].sort(byReportOrder)) latest.set(`${periodKeyOf(o)}|${o.outletId}`, o);
  const byPeriod = new Map<string, RuleObservation[]>();
  for (const o of latest.values()) byPeriod.set(periodKeyOf(o), [...(byPeriod.get(periodKeyOf(o)) ?? []), o]);

  const findings: Finding[] = [];
  for (const [period, group] of byPeriod) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [group[i], group[j]];
        if (subjects && !subjects.has(a.id) && !subjects.has(b.id)) continue;
        const ba = boundsOf(a);
        const bb = boundsOf(b);
        if (!ba || !bb || !isDisagreement(ba, bb, t)) continue;
        const ids = [a.id, b.id].sort();
        findings.push({
          rule: "disagreement",
          dedupeKey: `disagreement:${ids.join(":")}`,
          observationIds: ids,
          message: `${a.outletName} (${headlineOf(a)}, ${a.qualifier.replace("_", " ")}) and ${b.outletName} (${headlineOf(b)}, ${b.qualifier.replace("_", " ")}) disagree for the same period.`,
          details: {
            period,
            values: [a, b].map((o) => ({ observationId: o.id, outlet: o.outletName, qualifier: o.qualifier, value: o.value, low: o.low, high: o.high })),
            tolerance: t,
          },
        });
      }
    }
  }
  return findings;
}
