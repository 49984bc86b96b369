// An import error names the cell's bad value and, for a column with a fixed list, the accepted
// values: 'qualifier "about" is not one of: exact, approximately, …' rather than the log form's
// "Choose how the number was qualified". Pure.
import { FIGURE_KINDS } from "../figures/schemas";
import { DATE_PRECISIONS } from "../observations/schemas";
import { OUTLET_KINDS } from "../outlets/schemas";
import { QUALIFIERS } from "../values/qualifiers";

export const ACCEPTED_VALUES: Record<string, readonly string[]> = {
  qualifier: QUALIFIERS,
  refers_precision: DATE_PRECISIONS,
  outlet_kind: OUTLET_KINDS,
  figure_kind: FIGURE_KINDS,
  status: ["published", "retracted"],
  check_status: ["unchecked", "checked", "returned"],
};

/** Words people write for a qualifier, to suggest the code. */
const QUALIFIER_WORDS: Record<string, string> = {
  about: "approximately",
  approx: "approximately",
  around: "approximately",
  roughly: "approximately",
  "~": "approximately",
  "at least": "at_least",
  "more than": "more_than",
  over: "more_than",
  "at most": "at_most",
  "less than": "less_than",
  under: "less_than",
  between: "range",
};

const MAX_SHOWN = 60;

export function cellError(column: string, value: string | undefined, message: string): string {
  const v = (value ?? "").trim();
  const shown = v.length > MAX_SHOWN ? `${v.slice(0, MAX_SHOWN)}…` : v;
  const accepted = ACCEPTED_VALUES[column];
  if (accepted && v !== "") {
    const hint =
      column === "qualifier" && QUALIFIER_WORDS[v.toLowerCase()]
        ? ` (for “${v}”, use ${QUALIFIER_WORDS[v.toLowerCase()]})`
        : "";
    return `${column} "${shown}" is not one of: ${accepted.join(", ")}${hint}.`;
  }
  if (accepted) return `${column} is empty; use one of: ${accepted.join(", ")}.`;
  return v === "" ? message : `${column} "${shown}": ${message}`;
}
