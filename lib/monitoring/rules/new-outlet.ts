// New outlet: an outlet reports this figure for the first time. The figure's very first report
// raises nothing (every outlet is new then; nothing to look at).
import type { Finding } from "../types";
import { subjectsOf, type RuleInput } from "./rule-input";

export function newOutletRule(input: RuleInput): Finding[] {
  if (!input.settings.new_outlet.enabled) return [];
  const findings: Finding[] = [];
  for (const s of subjectsOf(input)) {
    const others = input.observations.filter((o) => o.id !== s.id && o.loggedAt <= s.loggedAt);
    if (others.length === 0 || others.some((o) => o.outletId === s.outletId)) continue;
    findings.push({
      rule: "new_outlet",
      dedupeKey: `new_outlet:${input.figure.id}:${s.outletId}`,
      observationIds: [s.id],
      message: `${s.outletName} reports this figure for the first time.`,
      details: { outletId: s.outletId, outlet: s.outletName, reportedOn: s.reportedOn },
    });
  }
  return findings;
}
