// One source: two or more outlets' latest reports for the latest period all trace back to one
// origin (the last source each cites: "AFP tallies based on US figures" → US government). Several
// outlets then look like confirmation, but nobody independent has counted. Same reports as the
// headline and the independent-source count (lib/values/headline.ts periodsOf + latestByOutlet).
import { latestByOutlet, periodsOf } from "../../values/headline";
import type { Finding } from "../types";
import type { RuleInput } from "./rule-input";

export function singleSourceRule(input: RuleInput): Finding[] {
  if (!input.settings.single_source.enabled) return [];
  const group = periodsOf(input.observations).comparable.at(-1);
  if (!group) return [];
  const latest = latestByOutlet(group);
  if (latest.length < 2) return [];
  const origins = new Set(latest.map((o) => o.origin.key));
  if (origins.size !== 1) return [];
  const { key, name } = latest[0].origin;
  const outlets = latest.map((o) => o.outletName);
  return [
    {
      rule: "single_source",
      dedupeKey: `single_source:${input.figure.id}:${key}`,
      observationIds: latest.map((o) => o.id),
      message: `Every latest report traces to one source: ${outlets.length} outlets (${outlets.join(", ")}) all go back to ${name}.`,
      details: { origin: name, outlets, observationIds: latest.map((o) => o.id) },
    },
  ];
}
