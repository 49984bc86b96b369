import "server-only";
// Every figure with its version, for the management pages.
import { getDb, type DbOrTx } from "../db/client";
import { FIGURE_SELECT, toFigureDto, type FigureDto } from "./figure-dto";

export type FigureRecord = FigureDto & { version: number };

export async function listFigureRecords(opts: { db?: DbOrTx }): Promise<FigureRecord[]> {
  const db = opts.db ?? getDb();
  const rows = await db.figure.findMany({ orderBy: { title: "asc" }, select: { ...FIGURE_SELECT, version: true } });
  return rows.map((r) => ({ ...toFigureDto(r), version: r.version }));
}
