import "server-only";
// The scheduled check: the staleness rule over every active figure (archived stories are history).
import { getDb, type Db } from "../db/client";
import type { Clock } from "./clock";
import { evaluateFigure } from "./evaluate-figure";
import type PgBoss from "pg-boss";

/** `figureIds` limits the check (an on-demand job can name figures); the schedule checks every active one. */
export async function checkStaleFigures(opts: {
  db?: Db;
  clock?: Clock;
  queue?: PgBoss;
  figureIds?: string[];
}): Promise<string[]> {
  const db = opts.db ?? getDb();
  const figures = await db.figure.findMany({
    where: { isActive: true, archivedAt: null, ...(opts.figureIds ? { id: { in: opts.figureIds } } : {}) },
    select: { id: true },
  });
  const opened: string[] = [];
  for (const f of figures) {
    const r = await evaluateFigure({ db, figureId: f.id, rules: ["stale"], clock: opts.clock, queue: opts.queue });
    opened.push(...r.alertIds);
  }
  return opened;
}
