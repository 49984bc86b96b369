// What "the same condition" means for alerts, so a desk sees one open alert per condition rather
// than one per report: a figure's silence (stale), a pair of outlets apart on a period
// (disagreement, whatever the period), or one outlet's reports (decrease, outlier, new outlet). Pure; the rules'
// maths stay in rules/, this only names what they found.
import type { Finding } from "./types";

export function conditionKeyOf(
  f: Finding,
  figureId: string,
  outletOf: (observationId: string) => string | undefined,
): string {
  const outlets = (ids: string[]) => [...new Set(ids.map(outletOf).filter((o): o is string => !!o))].sort().join(",");
  switch (f.rule) {
    case "stale":
      return `stale:${figureId}`;
    case "disagreement":
      // the pair, whatever the period: two outlets counting differently is one thing to look at
      return `disagreement:${figureId}:${outlets(f.observationIds)}`;
    default:
      // the report the rule is about comes last (decrease lists what it was compared with first)
      return `${f.rule}:${figureId}:${outlets(f.observationIds.slice(-1))}`;
  }
}
