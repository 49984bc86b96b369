import "server-only";
// The revision timeline of some records, newest first.
import { getDb, type DbOrTx } from "../db/client";
import { REVISION_SELECT, toRevisionDto, type RevisionDto } from "./revision-dto";

export async function listRevisions(opts: {
  db?: DbOrTx;
  entityIds: string[];
  limit?: number;
}): Promise<RevisionDto[]> {
  const db = opts.db ?? getDb();
  if (opts.entityIds.length === 0) return [];
  const rows = await db.revision.findMany({
    where: { entityId: { in: opts.entityIds } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: opts.limit ?? 500,
    select: REVISION_SELECT,
  });
  return rows.map(toRevisionDto);
}
