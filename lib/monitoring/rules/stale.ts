// Stale: an active figure with no new report for N days (default by kind, see config.ts; the
// dashboard's badge reads the same definition, thresholds.ts). Measured from the newest report
// date. One alert per "last report": a new report ends it, and the next silence raises a new one.
import { staleDaysFor } from "../config";
import { byReportOrder } from "../../values/report-order";
import { ageInDays, isStale } from "../thresholds";
import type { Finding } from "../types";
import type { RuleInput } from "./rule-input";

export function staleRule(input: RuleInput): Finding[] {
  if (input.observations.length === 0) return [];
  const last = [...input.observations].sort(byReportOrder).at(-1)!;
  const { figure, settings, now } = input;
  if (
    !isStale({
      kind: figure.kind,
      isActive: figure.isActive,
      isArchived: figure.isArchived,
      lastReportedOn: last.reportedOn,
      settings,
      now,
    })
  )
    return [];
  const days = staleDaysFor(figure.kind, settings);
  const age = ageInDays(last.reportedOn, now);
  return [
    {
      rule: "stale",
      dedupeKey: `stale:${figure.id}:${last.id}`,
      observationIds: [last.id],
      message: `No new report for ${age} days (last: ${last.reportedOn}, ${last.outletName}); the limit is ${days}.`,
      details: {
        outlet: last.outletName,
        lastReportedOn: last.reportedOn,
        ageDays: age,
        limitDays: days,
        checkedAt: now.toISOString(),
      },
    },
  ];
}
