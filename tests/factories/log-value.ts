// Logging values as the test editor: the write every monitoring, chart and export test starts from.
import { logObservation } from "@/lib/observations/log-observation";
import { observationInput, TEST_ACTOR } from "./index";

/** Logs `observationInput` for the figure and outlet with the overrides. */
export function logValue(figureSlug: string, outletId: string, overrides: Record<string, unknown> = {}) {
  return logObservation({ actor: TEST_ACTOR, input: observationInput(figureSlug, outletId, overrides) });
}

/** Logs an exact value reported on a date (plus any other field). */
export function logExact(
  figureSlug: string,
  outletId: string,
  value: string,
  reportedOn: string,
  extra: Record<string, unknown> = {},
) {
  return logValue(figureSlug, outletId, { qualifier: "exact", value, reportedOn, ...extra });
}
