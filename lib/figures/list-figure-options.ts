import "server-only";
// Every figure, light: for pickers (the global /log page, the whole-article flow).
import type { DbOrTx } from "../db/client";
import { getReadDb } from "../db/read-db";

export type FigureOption = { slug: string; title: string; unit: string; kind: string };

export async function listFigureOptions(opts: { db?: DbOrTx }): Promise<FigureOption[]> {
  const db = opts.db ?? (await getReadDb());
  return db.figure.findMany({ orderBy: { title: "asc" }, select: { slug: true, title: true, unit: true, kind: true } });
}
