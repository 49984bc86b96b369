// Every enabled rule over one figure's data. Pure: same input, same findings.
import { decreaseRule } from "./rules/decrease";
import { disagreementRule } from "./rules/disagreement";
import { newOutletRule } from "./rules/new-outlet";
import { outlierRule } from "./rules/outlier";
import { singleSourceRule } from "./rules/single-source";
import type { RuleInput } from "./rules/rule-input";
import { staleRule } from "./rules/stale";
import type { AlertRule, Finding } from "./types";

export type { RuleInput } from "./rules/rule-input";

const RULES: Record<AlertRule, (input: RuleInput) => Finding[]> = {
  decrease: decreaseRule,
  disagreement: disagreementRule,
  stale: staleRule,
  new_outlet: newOutletRule,
  outlier: outlierRule,
  single_source: singleSourceRule,
};

/** An archived story raises no alerts: what it holds is history (lib/figures/archive-figure.ts). */
export function runRules(input: RuleInput, only?: readonly AlertRule[]): Finding[] {
  if (input.figure.isArchived) return [];
  return (only ?? (Object.keys(RULES) as AlertRule[])).flatMap((rule) => RULES[rule](input));
}
