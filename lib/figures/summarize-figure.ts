// The chart's text alternative: "Reported values range from 17 to 43 people across 2 outlets;
// latest: at least 43 people, AFP, Oct 24, 2025." Exact: min and max compare decimal strings.
import { formatDate } from "../format/format-date";
import { compareDecimal } from "../observations/decimal";
import { formatReportedValue } from "../observations/format-value";
import type { ObservationDto } from "../observations/observation-dto";

export function summarizeFigure(opts: { unit: string; observations: ObservationDto[] }): string {
  const published = opts.observations.filter((o) => o.status === "published");
  if (published.length === 0) return "No values have been reported yet.";
  const numbers = published.flatMap((o) => [o.value, o.low, o.high]).filter((v): v is string => v !== null);
  const sorted = numbers.slice().sort(compareDecimal);
  const fmt = (v: string) => formatReportedValue({ qualifier: "exact", value: v, low: null, high: null, unit: opts.unit });
  const outlets = new Set(published.map((o) => o.outlet.id)).size;
  const latest = published[0];
  const range =
    sorted.length && compareDecimal(sorted[0], sorted[sorted.length - 1]) !== 0
      ? `Reported values range from ${fmt(sorted[0])} to ${fmt(sorted[sorted.length - 1])}`
      : `Every reported value is ${fmt(sorted[0] ?? "0")}`;
  return `${range} across ${outlets} ${outlets === 1 ? "outlet" : "outlets"}; latest: ${latest.display}, ${latest.outlet.name}, ${formatDate(latest.reportedOn)}.`;
}
