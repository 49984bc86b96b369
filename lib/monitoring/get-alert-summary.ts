import "server-only";
// Counts for the header badge and the marks on figure cards and charts: per figure, how many
// alerts are unresolved and which observations they involve. The charts/dashboard code reads
// this; the lead wires it into the new cards.
import { getDb, type Db } from "../db/client";

export type AlertSummary = {
  open: number;
  acknowledged: number;
  byFigure: Record<string, { slug: string; open: number; acknowledged: number; observationIds: string[] }>;
};

export async function getAlertSummary(opts: { db?: Db; figureId?: string }): Promise<AlertSummary> {
  const db = opts.db ?? getDb();
  const rows = await db.alert.findMany({
    where: { status: { in: ["open", "acknowledged"] }, ...(opts.figureId ? { figureId: opts.figureId } : {}) },
    select: { status: true, observationIds: true, figure: { select: { id: true, slug: true } } },
  });
  const out: AlertSummary = { open: 0, acknowledged: 0, byFigure: {} };
  for (const r of rows) {
    out[r.status === "open" ? "open" : "acknowledged"] += 1;
    const f = (out.byFigure[r.figure.id] ??= { slug: r.figure.slug, open: 0, acknowledged: 0, observationIds: [] });
    f[r.status === "open" ? "open" : "acknowledged"] += 1;
    for (const id of r.observationIds) if (!f.observationIds.includes(id)) f.observationIds.push(id);
  }
  return out;
}
