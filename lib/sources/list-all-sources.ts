import "server-only";
// Every source (merged ones included, marked) with how many cited steps point at it: the manage page.
import { getDb, type DbOrTx } from "../db/client";
import { MERGED_INTO_SELECT, withMergedIntoName } from "../revisions/merged-into-name";
import { SOURCE_SELECT, type SourceDto } from "./source-dto";

export type SourceRow = SourceDto & { citationCount: number; mergedIntoName: string | null };

export async function listAllSources(opts: { db?: DbOrTx }): Promise<SourceRow[]> {
  const rows = await (opts.db ?? getDb()).source.findMany({
    orderBy: { name: "asc" },
    select: { ...SOURCE_SELECT, ...MERGED_INTO_SELECT, _count: { select: { citations: true } } },
  });
  return rows.map(({ _count, ...s }) => ({ ...withMergedIntoName(s), citationCount: _count.citations }));
}
