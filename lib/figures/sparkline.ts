// A sparkline is drawn, not read: a float per point is fine here (tables and tooltips show the
// exact strings). A range is drawn at its midpoint.
import type { ObservationDto } from "../observations/observation-dto";

export type SparkPoint = { date: string; y: number };

export function plottedValue(o: Pick<ObservationDto, "value" | "low" | "high">): number | null {
  if (o.value !== null) return Number(o.value);
  if (o.low !== null && o.high !== null) return (Number(o.low) + Number(o.high)) / 2;
  const bound = o.low ?? o.high;
  return bound === null ? null : Number(bound);
}
