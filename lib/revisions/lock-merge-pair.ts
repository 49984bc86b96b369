import "server-only";
// The start every merge of two outlets or two sources shares: lock both rows (in a fixed order,
// so two merges of the same pair cannot deadlock), read them, and refuse if either is gone or
// was already merged into another.
import type { DbOrTx } from "../db/client";
import { AppError } from "../errors";

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
  if (!duplicate || !survivor) throw new AppError("not_found", `One of those ${table}s no longer exists.`);
  if (duplicate.mergedIntoId || survivor.mergedIntoId)
    throw new AppError("conflict", `One of those ${table}s was already merged into another; reload the page.`);
  return { duplicate, survivor };
}
