// The chart's text alternative, and the line above it: "Latest period (through Oct 24, 2025): at
// least 43 people. Numbers in the reports run from 17 to 43 people (lowest and highest reported, before
// qualifiers) across 2 outlets; newest report: at least 43 people, AFP, Oct 24, 2025."
// Exact: min and max are decimal strings that someone reported.
import { formatDate } from "../format/format-date";
import { compareDecimal } from "../values/decimal";
import { formatAmount } from "../values/format-value";
import type { Headline } from "../values/headline";
import type { ObservationDto } from "../observations/observation-dto";

export type FigureStats = {
  /** lowest and highest number in any published report (range ends included) */
  min: string | null;
  max: string | null;
  outletCount: number;
  latest: ObservationDto | null;
  /** what the outlets' latest reports for the latest period say together */
  headline: Headline | null;
};

export function summarizeFigure(opts: { unit: string; stats: FigureStats }): string {
  const { min, max, outletCount, latest, headline } = opts.stats;
  if (!latest || min === null || max === null) return "No values have been reported yet.";
  const fmt = (v: string) => formatAmount(v, opts.unit);
  const lead = headline
    ? `${headline.period ? `Latest period (${headline.period})` : "Period not given"}: ${headline.display}. `
    : "";
  const range =
    compareDecimal(min, max) !== 0
      ? `Numbers in the reports run from ${fmt(min)} to ${fmt(max)} (lowest and highest reported, before qualifiers)`
      : `Every report gives the number ${fmt(min)}`;
  const outlets = `${outletCount} ${outletCount === 1 ? "outlet" : "outlets"}`;
  return `${lead}${range} across ${outlets}; newest report: ${latest.display}, ${latest.outlet.name}, ${formatDate(latest.reportedOn)}.`;
}
