// Plain data the rules read and write. No database types here: the rules are pure functions
// over these shapes, so every rule is tested on a table of cases (tests/unit/monitoring-*.test.ts).
import type { Qualifier } from "../values/qualifiers";

export const ALERT_RULES = ["decrease", "disagreement", "stale", "new_outlet", "outlier", "single_source"] as const;
export type AlertRule = (typeof ALERT_RULES)[number];

export const RULE_LABELS: Record<AlertRule, string> = {
  decrease: "Decrease of a cumulative figure",
  disagreement: "Outlets disagree",
  stale: "No new report",
  new_outlet: "New outlet",
  outlier: "Outlier",
  single_source: "Every report traces to one source",
};

import type { FigureKind } from "../figures/schemas";

// Defined once in lib/figures/schemas.ts; re-exported for the rules.
export type { FigureKind };

/** One published observation as the rules see it. Numbers are exact decimal strings. */
export type RuleObservation = {
  id: string;
  outletId: string;
  outletName: string;
  qualifier: Qualifier;
  value: string | null;
  low: string | null;
  high: string | null;
  /** ISO dates (YYYY-MM-DD) */
  reportedOn: string;
  refersStart: string | null;
  refersEnd: string | null;
  refersLabel: string | null;
  /** ISO timestamp: ties on reportedOn are broken by who was logged later */
  loggedAt: string;
  /** where it comes from: the source linked to the last cited step, else that step as written */
  origin: { key: string; name: string };
};

export type RuleFigure = {
  id: string;
  slug: string;
  title: string;
  unit: string;
  kind: FigureKind;
  isActive: boolean;
  isArchived: boolean;
};

/** What a rule found. `dedupeKey` names the condition, so the same one never raises two alerts. */
export type Finding = {
  rule: AlertRule;
  dedupeKey: string;
  observationIds: string[];
  message: string;
  /** the numbers compared (exact strings) and the thresholds used */
  details: Record<string, unknown>;
};
