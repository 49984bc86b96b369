// A save made against a version that is no longer the stored one. It is a 409 like any
// conflict, and carries what is stored now so the editor can see the other change beside theirs.
// When the opened version is known (its revision), it also carries the three-way merge: the
// fields both editors changed, and what the others changed on their own (already merged).
import { AppError } from "../errors";
import type { EditField } from "./merge-edit";
import type { ObservationDto } from "./observation-dto";
import type { ObservationFormValues } from "./observation-form";

export type StaleEditMerge = {
  /** the version the editor opened */
  base: ObservationDto;
  conflicts: EditField[];
  mineChanged: EditField[];
  theirsChanged: EditField[];
  /** theirs where both changed, each side's own changes elsewhere */
  merged: ObservationFormValues;
  /** the edits saved since the editor opened it, oldest first, with their reasons */
  theirEdits: { by: string; reason: string | null; at: string }[];
};

export class StaleEditError extends AppError {
  constructor(
    message: string,
    readonly current: ObservationDto,
    readonly merge?: StaleEditMerge,
  ) {
    super("conflict", message);
    this.name = "StaleEditError";
  }
}
