// The chart's text alternative: "Reported values range from 17 to 43 people across 2 outlets;
// latest: at least 43 people, AFP, Oct 24, 2025." Exact: min and max are decimal strings.
import { formatDate } from "../format/format-date";
import { compareDecimal } from "../values/decimal";
import { formatReportedValue } from "../values/format-value";
import type { ObservationDto } from "../observations/observation-dto";

export type FigureStats = { min: string | null; max: string | null; outletCount: number; latest: ObservationDto | null };

export function summarizeFigure(opts: { unit: string; stats: FigureStats }): string {
  const { min, max, outletCount, latest } = opts.stats;
  if (!latest || min === null || max === null) return "No values have been reported yet.";
  const fmt = (v: string) => formatReportedValue({ qualifier: "exact", value: v, low: null, high: null, unit: opts.unit });
  const range = compareDecimal(min, max) !== 0 ? `Reported values range from ${fmt(min)} to ${fmt(max)}` : `Every reported value is ${fmt(min)}`;
  return `${range} across ${outletCount} ${outletCount === 1 ? "outlet" : "outlets"}; latest: ${latest.display}, ${latest.outlet.name}, ${formatDate(latest.reportedOn)}.`;
}
