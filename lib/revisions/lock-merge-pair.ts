import "server-only";
// The start every merge of two outlets or two sources shares: lock both rows (in a fixed order,
// so two merges of the same pair cannot deadlock), read them, and refuse if either is gone or
// was already merged into another.
import type { DbOrTx } from "../db/client";
import { keyedError } from "../i18n/keyed-error";

type Merged = { mergedIntoId: string | null };

export async function lockMergePair<Row extends Merged>(opts: {
  tx: DbOrTx;
  table: "outlet" | "source";
  input: { duplicateId: string; survivorId: string };
  read: (id: string) => Promise<Row | null>;
}): Promise<{ duplicate: Row; survivor: Row }> {
  const { tx, table, input } = opts;
  const [first, second] = [input.duplicateId, input.survivorId].sort();
  await tx.$queryRawUnsafe(
    `SELECT 1 FROM ${table} WHERE id = $1::uuid OR id = $2::uuid ORDER BY id FOR UPDATE`,
    first,
    second,
  );
  const [duplicate, survivor] = await Promise.all([opts.read(input.duplicateId), opts.read(input.survivorId)]);
  if (!duplicate || !survivor) throw keyedError("not_found", "mergePairGone", { table });
  if (duplicate.mergedIntoId || survivor.mergedIntoId) throw keyedError("conflict", "mergePairMerged", { table });
  return { duplicate, survivor };
}
