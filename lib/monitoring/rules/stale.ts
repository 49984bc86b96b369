// Stale: an active figure with no new report for N days (default by kind, see config.ts).
// Measured from the newest report date. One alert per "last report": a new report ends it, and
// the next silence raises a new one.
import { staleDaysFor } from "../config";
import { byReportOrder } from "../bounds";
import type { Finding } from "../types";
import type { RuleInput } from "./rule-input";

const DAY_MS = 86_400_000;

export function staleRule(input: RuleInput): Finding[] {
  if (!input.figure.isActive || !input.settings.stale.enabled || input.observations.length === 0) return [];
  const last = [...input.observations].sort(byReportOrder).at(-1)!;
  const days = staleDaysFor(input.figure.kind, input.settings);
  const age = Math.floor((input.now.getTime() - Date.parse(`${last.reportedOn}T00:00:00Z`)) / DAY_MS);
  if (age < days) return [];
  return [
    {
      rule: "stale",
      dedupeKey: `stale:${input.figure.id}:${last.id}`,
      observationIds: [last.id],
      message: `No new report for ${age} days (last: ${last.reportedOn}, ${last.outletName}); the limit is ${days}.`,
      details: { lastReportedOn: last.reportedOn, ageDays: age, limitDays: days, checkedAt: input.now.toISOString() },
    },
  ];
}
