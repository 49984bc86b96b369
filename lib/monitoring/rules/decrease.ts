// Decrease of a cumulative figure: a report lower than the same outlet's previous report, or
// (when no own previous value says so) lower than the consensus — the median of every outlet's
// latest value before it. Reports about an earlier period than the one compared are not a
// decrease (a toll "through Oct 1" may be lower than one "through Oct 24"). Exact comparison.
import { compareDecimal } from "../../values/decimal";
import { byReportOrder, headlineOf, median } from "../bounds";
import type { Finding, RuleObservation } from "../types";
import { before, subjectsOf, type RuleInput } from "./rule-input";

const notLaterPeriod = (o: RuleObservation, s: RuleObservation) => !o.refersEnd || !s.refersEnd || o.refersEnd <= s.refersEnd;

export function decreaseRule(input: RuleInput): Finding[] {
  if (input.figure.kind !== "cumulative" || !input.settings.decrease.enabled) return [];
  const findings: Finding[] = [];
  for (const s of subjectsOf(input)) {
    const value = headlineOf(s);
    if (value === null) continue;
    const earlier = before(input.observations, s).filter((o) => notLaterPeriod(o, s)).sort(byReportOrder);
    const own = earlier.filter((o) => o.outletId === s.outletId).at(-1);
    const ownValue = own ? headlineOf(own) : null;
    if (own && ownValue !== null && compareDecimal(value, ownValue) < 0) {
      findings.push({
        rule: "decrease",
        dedupeKey: `decrease:own:${s.id}:${own.id}`,
        observationIds: [own.id, s.id],
        message: `${s.outletName} reported ${value}, lower than its own previous ${ownValue} (${own.reportedOn}).`,
        details: { compared: "own_previous", value, previous: ownValue, previousReportedOn: own.reportedOn, reportedOn: s.reportedOn },
      });
      continue;
    }
    if (!input.settings.decrease.compareConsensus) continue;
    const latestByOutlet = new Map<string, RuleObservation>();
    for (const o of earlier) latestByOutlet.set(o.outletId, o);
    const basis = [...latestByOutlet.values()].filter((o) => headlineOf(o) !== null);
    if (basis.length < 2) continue;
    const consensus = median(basis.map((o) => Number(headlineOf(o))));
    if (Number(value) < consensus) {
      findings.push({
        rule: "decrease",
        dedupeKey: `decrease:consensus:${s.id}`,
        observationIds: [...basis.map((o) => o.id), s.id],
        message: `${s.outletName} reported ${value}, lower than the consensus ${consensus} (median of ${basis.length} outlets' latest values).`,
        details: { compared: "consensus", value, consensus: String(consensus), outlets: basis.length, reportedOn: s.reportedOn },
      });
    }
  }
  return findings;
}
