import "server-only";
import type { DbOrTx } from "../db/client";
import { getReadDb } from "../db/read-db";

export type OutletOption = { id: string; name: string; kind: string; domains: string[] };

export async function listOutlets(opts: { db?: DbOrTx }): Promise<OutletOption[]> {
  const db = opts.db ?? (await getReadDb());
  // An outlet merged into another is kept (its history points at it) but is no longer offered.
  return db.outlet.findMany({
    where: { mergedIntoId: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, kind: true, domains: true },
  });
}
