import "server-only";
// Every outlet (merged ones included, marked) with how many values each holds: the management page.
import { getDb, type DbOrTx } from "../db/client";
import { MERGED_INTO_SELECT, withMergedIntoName } from "../revisions/merged-into-name";
import { OUTLET_SELECT, type OutletDto } from "./outlet-dto";

export type OutletRow = OutletDto & { observationCount: number; mergedIntoName: string | null };

export async function listAllOutlets(opts: { db?: DbOrTx }): Promise<OutletRow[]> {
  const db = opts.db ?? getDb();
  const rows = await db.outlet.findMany({
    orderBy: { name: "asc" },
    select: { ...OUTLET_SELECT, ...MERGED_INTO_SELECT, _count: { select: { observations: true } } },
  });
  return rows.map(({ _count, ...o }) => ({ ...withMergedIntoName(o), observationCount: _count.observations }));
}
