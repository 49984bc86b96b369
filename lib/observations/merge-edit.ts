// A three-way merge of two edits of one observation, in the edit form's flat fields. The base is
// the version the editor opened; "theirs" is what another editor saved since; "mine" is what this
// editor submits. A field only one side changed takes that side; a field both changed to
// different things is a conflict, and the merge keeps theirs there until the editor chooses.
import { EDIT_FIELDS, sameFieldValue, type ObservationFormValues } from "./observation-form";

export type EditField = keyof ObservationFormValues;

export type EditMerge = {
  /** theirs wherever both changed (never overwrite by default), otherwise whichever side changed */
  merged: ObservationFormValues;
  conflicts: EditField[];
  mineChanged: EditField[];
  theirsChanged: EditField[];
};

export function mergeEdit(opts: {
  base: ObservationFormValues;
  mine: ObservationFormValues;
  theirs: ObservationFormValues;
}): EditMerge {
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
