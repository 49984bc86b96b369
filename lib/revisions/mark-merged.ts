import "server-only";
// The end every merge of two outlets or two sources shares: the survivor gains the duplicate's
// domains (and whatever else `survivorData` adds), the duplicate is marked merged into it, and
// both get a revision giving the editor's reason.
import type { Actor } from "../auth/actor";
import type { DbOrTx } from "../db/client";
import { writeRevision } from "./write-revision";

type Entry = { id: string; domains: string[] };
type MergeData = { domains?: string[]; aliases?: string[]; mergedIntoId?: string; version: { increment: 1 } };

export async function markMerged<Row extends Entry>(opts: {
  tx: DbOrTx;
  entityType: "outlet" | "source";
  actor: Actor;
  reason: string;
  survivor: Row;
  duplicate: Row;
  /** What else the survivor gains (a source: the duplicate's name and aliases as aliases). */
  survivorGains?: { aliases: string[] };
  /** Writes the row with `data` and reads it back. */
  update: (id: string, data: MergeData) => Promise<Row>;
}): Promise<{ survivor: Row; duplicate: Row }> {
  const { tx, entityType, actor, reason, survivor, duplicate } = opts;
  const domains = [...new Set([...survivor.domains, ...duplicate.domains])];
  const survivorAfter = await opts.update(survivor.id, { ...opts.survivorGains, domains, version: { increment: 1 } });
  const duplicateAfter = await opts.update(duplicate.id, { mergedIntoId: survivor.id, version: { increment: 1 } });
  for (const [before, after] of [
    [survivor, survivorAfter],
    [duplicate, duplicateAfter],
  ]) {
    await writeRevision({ tx, entityType, entityId: before.id, action: "merge", before, after, actor, reason });
  }
  return { survivor: survivorAfter, duplicate: duplicateAfter };
}
