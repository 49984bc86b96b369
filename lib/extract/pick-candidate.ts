// Which candidate to preselect for a figure: the first whose unit matches the figure's, else the
// first with any unit (a bare number is rarely the figure), else the first.
import type { Candidate } from "./extract-figures";
import { unitsMatch } from "./units";

export function pickCandidate(candidates: Pick<Candidate, "unit">[], figureUnit: string | null | undefined): number {
  if (candidates.length === 0) return -1;
  if (figureUnit) {
    const i = candidates.findIndex((c) => c.unit !== null && unitsMatch(c.unit, figureUnit));
    if (i >= 0) return i;
  }
  const withUnit = candidates.findIndex((c) => c.unit !== null);
  return withUnit >= 0 ? withUnit : 0;
}
