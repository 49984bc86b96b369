import "server-only";
// What every version-checked edit shares: the row as it was (not found if gone), the UPDATE only if
// it is still at the version the editor saw (else a conflict, nothing saved), the read-back, and the
// revision with before and after, inside the caller's transaction.
import type { Actor } from "../auth/actor";
import type { DbOrTx } from "../db/client";
import { AppError } from "../errors";
import { writeRevision, type EntityType } from "./write-revision";

export async function saveVersioned<Row extends { version: number }>(opts: {
  tx: DbOrTx;
  actor: Actor;
  entityType: EntityType;
  entityId: string;
  read: () => Promise<Row | null>;
  /** The UPDATE … WHERE version = the editor's: how many rows it changed. */
  update: () => Promise<{ count: number }>;
}): Promise<Row> {
  const { tx, entityType, entityId } = opts;
  const before = await opts.read();
  if (!before) throw new AppError("not_found", `There is no such ${entityType}.`);
  const { count } = await opts.update();
  if (count === 0)
    throw new AppError(
      "conflict",
      `Someone else changed this ${entityType} after you opened it (now version ${before.version}). Reload to see their change; nothing of yours was saved.`,
    );
  const after = (await opts.read())!;
  await writeRevision({ tx, entityType, entityId, action: "update", before, after, actor: opts.actor });
  return after;
}
