// What every rule receives. `subjectIds` are the observations just written (a rule about "a new
// report" looks only at them); null means "each outlet's latest", for a full re-check.
import type { MonitoringSettings } from "../config";
import type { RuleFigure, RuleObservation } from "../types";
import { byReportOrder } from "../../values/report-order";

export type RuleInput = {
  figure: RuleFigure;
  /** the figure's published observations, any order */
  observations: RuleObservation[];
  subjectIds: string[] | null;
  settings: MonitoringSettings;
  now: Date;
};

export function subjectsOf(input: RuleInput): RuleObservation[] {
  if (input.subjectIds) {
    const ids = new Set(input.subjectIds);
    return input.observations.filter((o) => ids.has(o.id));
  }
  const latest = new Map<string, RuleObservation>();
  for (const o of [...input.observations].sort(byReportOrder)) latest.set(o.outletId, o);
  return [...latest.values()];
}

/** Observations reported before `s` (report order), leaving out `s` itself. */
export const before = (all: RuleObservation[], s: RuleObservation) =>
  all.filter((o) => o.id !== s.id && byReportOrder(o, s) < 0);
