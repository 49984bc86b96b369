// A figure's headline from observations already in hand (a past state, the as-of view): its
// published ones, as lib/values/headline.ts reads them. Pure.
import type { ObservationDto } from "../observations/observation-dto";
import { headlineOf, type Headline } from "../values/headline";

export function headlineOfObservations(opts: {
  observations: ObservationDto[];
  unit: string;
  tolerance?: string;
}): Headline | null {
  const published = opts.observations.filter((o) => o.status === "published");
  return headlineOf({
    reports: published.map((o) => ({ ...o, outletId: o.outlet.id })),
    unit: opts.unit,
    tolerance: opts.tolerance,
  });
}
