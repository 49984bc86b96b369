import "server-only";
// Call after any transaction that wrote observations has COMMITTED (log, edit, retract, import).
// Monitoring must never undo or fail a write that already happened, so errors are logged, not
// thrown; the figure is simply re-checked on its next write or by the schedule.
import { logger } from "../log/logger";
import { getDb, type Db } from "../db/client";
import { evaluateFigure } from "./evaluate-figure";
import { ALERT_RULES } from "./types";

/** Staleness is the schedule's business: a write is news, not silence. */
export const WRITE_RULES = ALERT_RULES.filter((r) => r !== "stale");

export async function afterObservationWrite(opts: {
  db?: Db;
  figureId?: string;
  figureSlug?: string;
  observationIds?: string[];
}): Promise<void> {
  const db = opts.db ?? getDb();
  try {
    const figureId =
      opts.figureId ??
      (await db.figure.findUnique({ where: { slug: opts.figureSlug ?? "" }, select: { id: true } }))?.id;
    if (!figureId) return;
    await evaluateFigure({ db, figureId, observationIds: opts.observationIds, rules: WRITE_RULES });
  } catch (e) {
    logger.error({ err: e }, "monitoring rules could not run after a write");
  }
}
