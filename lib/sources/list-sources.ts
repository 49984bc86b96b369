import "server-only";
// The sources a citation can point to (merged duplicates left out), in the directory's order of
// creation: the resolver's candidates and the pickers' options.
import { getDb, type DbOrTx } from "../db/client";
import { SOURCE_SELECT, type SourceDto } from "./source-dto";

export async function listSources(opts: { db?: DbOrTx }): Promise<SourceDto[]> {
  return (opts.db ?? getDb()).source.findMany({
    where: { mergedIntoId: null },
    orderBy: [{ createdAt: "asc" }, { name: "asc" }],
    select: SOURCE_SELECT,
  });
}
