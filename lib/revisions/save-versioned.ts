import "server-only";
// What every version-checked edit shares: the row as it was (not found if gone), the UPDATE only if
// it is still at the version the editor saw (else a conflict, nothing saved), the read-back, and the
// revision with before and after, inside the caller's transaction. Outlets, sources, events and
// figures (save-figure-change.ts) are saved through it.
import type { Actor } from "../auth/actor";
import type { DbOrTx } from "../db/client";
import { AppError } from "../errors";
import { writeRevision, type EntityType } from "./write-revision";

export async function saveVersioned<Row extends { version: number }, Saved = Row>(opts: {
  tx: DbOrTx;
  actor: Actor;
  entityType: EntityType;
  entityId: string;
  read: () => Promise<Row | null>;
  /** The UPDATE … WHERE version = the editor's, given the row as it was: how many rows it changed. */
  update: (before: Row) => Promise<{ count: number }>;
  /** Rows beside it (a figure's translations), written once the version check has passed. */
  alsoWrite?: () => Promise<void>;
  /** What the revision and the caller see of a row; the row itself by default. */
  show?: (row: Row) => Saved;
}): Promise<Saved> {
  const { tx, entityType, entityId } = opts;
  const show = opts.show ?? ((row: Row) => row as unknown as Saved);
  const row = await opts.read();
  if (!row) throw new AppError("not_found", `There is no such ${entityType}.`);
  const { count } = await opts.update(row);
  if (count === 0)
    throw new AppError(
      "conflict",
      `Someone else changed this ${entityType} after you opened it (now version ${row.version}). Reload to see their change; nothing of yours was saved.`,
    );
  await opts.alsoWrite?.();
  const [before, after] = [show(row), show((await opts.read())!)];
  await writeRevision({ tx, entityType, entityId, action: "update", before, after, actor: opts.actor });
  return after;
}
