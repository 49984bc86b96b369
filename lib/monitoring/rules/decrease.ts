// Decrease of a cumulative figure: a report that claims less than the same outlet's previous
// report, or (when no own previous report says so) less than what the other outlets agree on —
// the intersection of their latest reports' intervals. Claims compare as intervals
// (lib/values/interval.ts): "at least 30" is not lower than 50, "30" is. Reports about an
// earlier period than the one compared are not a decrease (a toll "through Oct 1" may be lower
// than one "through Oct 24"). Exact throughout.
import { describeInterval } from "../../values/describe-interval";
import { formatReportedValue } from "../../values/format-value";
import { compareIntervals, intersectAll, intervalOf, type Interval } from "../../values/interval";
import { byReportOrder } from "../../values/report-order";
import { aboutToleranceOf } from "../thresholds";
import type { Finding, RuleObservation } from "../types";
import { before, subjectsOf, type RuleInput } from "./rule-input";

/** The numbers compared, as exact strings, with their qualifier. */
const exactOf = (o: RuleObservation) => ({ value: o.value, low: o.low, high: o.high, qualifier: o.qualifier });

const notLaterPeriod = (o: RuleObservation, s: RuleObservation) =>
  !o.refersEnd || !s.refersEnd || o.refersEnd <= s.refersEnd;

export function decreaseRule(input: RuleInput): Finding[] {
  if (input.figure.kind !== "cumulative" || !input.settings.decrease.enabled) return [];
  const tolerance = aboutToleranceOf(input.settings);
  const unit = input.figure.unit;
  const show = (o: RuleObservation) => formatReportedValue({ ...o, unit });
  const findings: Finding[] = [];
  for (const s of subjectsOf(input)) {
    const claim = intervalOf(s, tolerance);
    if (claim === null) continue;
    const earlier = before(input.observations, s)
      .filter((o) => notLaterPeriod(o, s))
      .sort(byReportOrder);
    const own = earlier.filter((o) => o.outletId === s.outletId).at(-1);
    const ownClaim = own ? intervalOf(own, tolerance) : null;
    if (own && ownClaim && compareIntervals(claim, ownClaim) < 0) {
      findings.push({
        rule: "decrease",
        dedupeKey: `decrease:own:${s.id}:${own.id}`,
        observationIds: [own.id, s.id],
        message: `${s.outletName} reported ${show(s)}, lower than its own previous ${show(own)} (${own.reportedOn}).`,
        details: {
          compared: "own_previous",
          outlet: s.outletName,
          ...exactOf(s),
          previous: own.value,
          previousQualifier: own.qualifier,
          previousLow: own.low,
          previousHigh: own.high,
          previousReportedOn: own.reportedOn,
          reportedOn: s.reportedOn,
        },
      });
      continue;
    }
    if (!input.settings.decrease.compareConsensus) continue;
    const latestByOutlet = new Map<string, RuleObservation>();
    for (const o of earlier) if (o.outletId !== s.outletId) latestByOutlet.set(o.outletId, o);
    const basis = [...latestByOutlet.values()]
      .map((o) => ({ o, i: intervalOf(o, tolerance) }))
      .filter((x): x is { o: RuleObservation; i: Interval } => x.i !== null);
    if (basis.length < 2) continue;
    const agreed = intersectAll(basis.map((x) => x.i));
    if (agreed === null || compareIntervals(claim, agreed) >= 0) continue; // no agreement, or not below it
    const words = describeInterval(agreed, unit);
    findings.push({
      rule: "decrease",
      dedupeKey: `decrease:consensus:${s.id}`,
      observationIds: [...basis.map((x) => x.o.id), s.id],
      message: `${s.outletName} reported ${show(s)}, lower than what ${basis.length} other outlets' latest reports agree on (${words}).`,
      details: {
        compared: "consensus",
        outlet: s.outletName,
        ...exactOf(s),
        agreed: words,
        agreedInterval: agreed,
        outlets: basis.length,
        reportedOn: s.reportedOn,
      },
    });
  }
  return findings;
}
