// A three-way merge of two edits of one observation, in the edit form's flat fields. The base is
// the version the editor opened; "theirs" is what another editor saved since; "mine" is what this
// editor submits. A field only one side changed takes that side; a field both changed to
// different things is a conflict, and the merge keeps theirs there until the editor chooses.
import { EDIT_FIELDS, sameFieldValue, type ObservationFormValues } from "./to-form-values";
import type { UpdateObservationInput } from "./schemas";

export type EditField = keyof ObservationFormValues;

export type EditMerge = {
  /** theirs wherever both changed (never overwrite by default), otherwise whichever side changed */
  merged: ObservationFormValues;
  conflicts: EditField[];
  mineChanged: EditField[];
  theirsChanged: EditField[];
};

export function mergeEdit(opts: { base: ObservationFormValues; mine: ObservationFormValues; theirs: ObservationFormValues }): EditMerge {
  const { base, mine, theirs } = opts;
  const merged = { ...theirs };
  const conflicts: EditField[] = [];
  const mineChanged: EditField[] = [];
  const theirsChanged: EditField[] = [];
  for (const { name } of EDIT_FIELDS) {
    const isMine = !sameFieldValue(name, base[name], mine[name]);
    const isTheirs = !sameFieldValue(name, base[name], theirs[name]);
    if (isMine) mineChanged.push(name);
    if (isTheirs) theirsChanged.push(name);
    if (isMine && !isTheirs) merged[name] = mine[name];
    if (isMine && isTheirs && !sameFieldValue(name, mine[name], theirs[name])) conflicts.push(name);
  }
  return { merged, conflicts, mineChanged, theirsChanged };
}

/** A parsed edit back in the form's flat fields (the inverse of reading the form). */
export function editInputToFormValues(input: UpdateObservationInput): ObservationFormValues {
  return {
    outletId: input.outletId,
    qualifier: input.qualifier,
    value: input.value ?? "",
    low: input.low ?? "",
    high: input.high ?? "",
    reportedOn: input.reportedOn,
    reportedTime: input.reportedAt ? new Date(input.reportedAt).toISOString().slice(11, 16) : "",
    refersStart: input.refersStart ?? "",
    refersEnd: input.refersEnd ?? "",
    refersPrecision: input.refersPrecision ?? "",
    refersLabel: input.refersLabel ?? "",
    citedSources: input.citedSources.join(" > "),
    url: input.url ?? "",
    quote: input.quote,
    note: input.note ?? "",
  };
}

/** Flat form fields → the edit's raw input (validated again by the caller). */
export function formValuesToEditInput(v: ObservationFormValues): Record<string, string | undefined> {
  const { reportedTime, ...rest } = v;
  const time = reportedTime.trim();
  return { ...rest, reportedAt: time && v.reportedOn ? `${v.reportedOn}T${time.length === 5 ? `${time}:00` : time}Z` : undefined };
}
