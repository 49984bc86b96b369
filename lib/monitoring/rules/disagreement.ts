// Disagreement: two outlets' latest reports for the same refers-to period claim intervals that
// do not meet ("17" and "at least 43"; "at least 37" and "43" meet at 43). The same rule makes
// a card say "Outlets disagree" (lib/values/headline.ts): for intervals, a group has a common
// value exactly when every pair does, so the pairs alerted on are the card's disagreement.
// "about" allows ± the figure's tolerance (settings.disagreement.aboutPercent, default 10 %).
// Reports whose period is not given are compared only when no report gives one, as the headline.
import { formatPeriod } from "../../format/format-date";
import { formatReportedValue } from "../../values/format-value";
import { latestByOutlet, periodsOf } from "../../values/headline";
import { compareIntervals, intervalOf } from "../../values/interval";
import { aboutToleranceOf } from "../thresholds";
import type { Finding } from "../types";
import type { RuleInput } from "./rule-input";

export function disagreementRule(input: RuleInput): Finding[] {
  const settings = input.settings.disagreement;
  if (!settings.enabled) return [];
  const tolerance = aboutToleranceOf(input.settings);
  const subjects = input.subjectIds ? new Set(input.subjectIds) : null;
  const show = (o: RuleInput["observations"][number]) => formatReportedValue({ ...o, unit: input.figure.unit });

  const findings: Finding[] = [];
  for (const group of periodsOf(input.observations).comparable) {
    const latest = latestByOutlet(group);
    const period = group[0].refersStart || group[0].refersEnd ? formatPeriod(group[0]) : "period not given";
    for (let i = 0; i < latest.length; i++) {
      for (let j = i + 1; j < latest.length; j++) {
        const [a, b] = [latest[i], latest[j]];
        if (subjects && !subjects.has(a.id) && !subjects.has(b.id)) continue;
        const ia = intervalOf(a, tolerance);
        const ib = intervalOf(b, tolerance);
        if (!ia || !ib || compareIntervals(ia, ib) === 0) continue;
        const ids = [a.id, b.id].sort();
        findings.push({
          rule: "disagreement",
          dedupeKey: `disagreement:${ids.join(":")}`,
          observationIds: ids,
          message: `${a.outletName} (${show(a)}) and ${b.outletName} (${show(b)}) disagree for the same period (${period}).`,
          details: {
            period,
            refers: { start: group[0].refersStart, end: group[0].refersEnd, label: group[0].refersLabel },
            values: [a, b].map((o) => ({
              observationId: o.id,
              outlet: o.outletName,
              qualifier: o.qualifier,
              value: o.value,
              low: o.low,
              high: o.high,
            })),
            aboutPercent: settings.aboutPercent,
          },
        });
      }
    }
  }
  return findings;
}
