// The reported fields of a validated observation as database columns — shared by logging
// (create) and correcting (update), so both store a value the same way. Absent → NULL.
import type { LogObservationInput } from "./schemas";

const dateOf = (iso: string | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

type Reported = Omit<LogObservationInput, "figureSlug" | "outletId" | "newOutlet">;

export function observationColumns(input: Reported) {
  return {
    qualifier: input.qualifier,
    value: input.value ?? null,
    low: input.low ?? null,
    high: input.high ?? null,
    refersStart: dateOf(input.refersStart),
    refersEnd: dateOf(input.refersEnd),
    refersPrecision: input.refersPrecision ?? null,
    refersLabel: input.refersLabel ?? null,
    reportedOn: dateOf(input.reportedOn)!,
    reportedAt: input.reportedAt ? new Date(input.reportedAt) : null,
    citedSources: input.citedSources,
    url: input.url ?? null,
    quote: input.quote,
    note: input.note ?? null,
  };
}
