import "server-only";
// An edit made against an older version: merged three ways with what was saved since. The base
// is the observation as the editor opened it, read from the revision that produced that version
// (revisions keep whole snapshots). Fields only one side changed merge on their own; if both
// changed a field differently, a StaleEditError (409) carries the merge for the editor to choose.
import type { DbOrTx } from "../db/client";
import { mergeEdit } from "./merge-edit";
import { editInputToFormValues, formValuesToEditInput, toFormValues } from "./observation-form";
import type { ObservationDto } from "./observation-dto";
import type { UpdateObservationInput } from "./schemas";
import { StaleEditError } from "./stale-edit-error";

export type MergedEdit = { input: Record<string, unknown>; isNoChange: boolean };

export async function mergeStaleEdit(opts: {
  tx: DbOrTx;
  input: UpdateObservationInput;
  current: ObservationDto;
}): Promise<MergedEdit> {
  const { tx, input, current } = opts;
  const seen = input.version;
  const message = (tail: string) =>
    `Another editor changed this value after you opened it (you had version ${seen}, it is now ${current.version}). ${tail}`;
  const revisions = await tx.revision.findMany({
    where: { entityType: "observation", entityId: input.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { action: true, after: true, actor: true, reason: true, createdAt: true },
  });
  const versionOf = (after: unknown) => (after as { version?: unknown } | null)?.version;
  const baseIndex = revisions.findIndex((r) => versionOf(r.after) === seen);
  if (baseIndex < 0 || seen > current.version) {
    throw new StaleEditError(message("Nothing of yours was saved."), current);
  }
  const base = revisions[baseIndex].after as unknown as ObservationDto;
  const theirEdits = revisions
    .slice(baseIndex + 1)
    .filter((r) => r.action === "update")
    .map((r) => ({ by: r.actor, reason: r.reason, at: r.createdAt.toISOString() }));
  const result = mergeEdit({
    base: toFormValues(base),
    mine: editInputToFormValues(input),
    theirs: toFormValues(current),
  });
  if (result.conflicts.length > 0) {
    const n = result.conflicts.length;
    throw new StaleEditError(
      message(`You both changed ${n === 1 ? "one field" : `${n} fields`}; nothing of yours was saved yet.`),
      current,
      {
        base,
        theirEdits,
        ...result,
      },
    );
  }
  const reason = input.reason
    ? `${input.reason} (merged onto version ${current.version})`
    : `Merged onto version ${current.version}`;
  return {
    input: { ...formValuesToEditInput(result.merged), id: input.id, version: current.version, reason },
    isNoChange: result.mineChanged.length === 0,
  };
}
