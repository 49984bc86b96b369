import "server-only";
import type { DbOrTx } from "../db/client";

export type OutletOption = { id: string; name: string; kind: string; domains: string[] };

export async function listOutlets(opts: { db: DbOrTx }): Promise<OutletOption[]> {
  return opts.db.outlet.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, kind: true, domains: true } });
}
