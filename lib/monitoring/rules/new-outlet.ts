// New outlet: an outlet reports this figure for the first time. The figure's very first report
// raises nothing (every outlet is new then; nothing to look at). Values saved together (an
// import, a whole article) share one logged time; among them, report order decides which came
// first, so an import raises what the same values logged one by one would.
import type { Finding } from "../types";
import { byReportOrderThenId } from "../../values/report-order";
import type { RuleObservation } from "../types";
import { subjectsOf, type RuleInput } from "./rule-input";

/** Was `o` there before `s`: logged earlier, or saved with it and reported earlier. */
const cameBefore = (o: RuleObservation, s: RuleObservation) =>
  o.loggedAt < s.loggedAt || (o.loggedAt === s.loggedAt && byReportOrderThenId(o, s) < 0);

export function newOutletRule(input: RuleInput): Finding[] {
  if (!input.settings.new_outlet.enabled) return [];
  const findings: Finding[] = [];
  for (const s of subjectsOf(input)) {
    const others = input.observations.filter((o) => o.id !== s.id && cameBefore(o, s));
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
