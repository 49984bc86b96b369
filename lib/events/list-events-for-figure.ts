import "server-only";
// Events drawn on a figure's chart: those tied to the figure, and those of one of its topics.
import { getDb, type DbOrTx } from "../db/client";
import { isoDate } from "../observations/observation-dto";

export type EventDto = { id: string; date: string; title: string; url: string | null; description: string };

export async function listEventsForFigure(opts: {
  db?: DbOrTx;
  figureId: string;
  topics: string[];
}): Promise<EventDto[]> {
  const db = opts.db ?? getDb();
  const rows = await db.event.findMany({
    where: { OR: [{ figures: { some: { id: opts.figureId } } }, { topic: { in: opts.topics } }] },
    orderBy: [{ date: "asc" }, { title: "asc" }],
    select: { id: true, date: true, title: true, url: true, description: true },
  });
  return rows.map((e) => ({ ...e, date: isoDate(e.date) }));
}
