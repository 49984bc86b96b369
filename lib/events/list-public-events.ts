import "server-only";
// Every dated event, oldest first, with the figures whose charts show it (GET /api/events).
import type { DbOrTx } from "../db/client";
import { getReadDb } from "../db/read-db";
import { isoDate } from "../observations/observation-dto";
import { EVENT_PUBLIC_SELECT, type EventFields } from "./event-record";

export type PublicEvent = EventFields & { figureSlugs: string[] };

export async function listPublicEvents(opts: { db?: DbOrTx }): Promise<PublicEvent[]> {
  const db = opts.db ?? (await getReadDb());
  const rows = await db.event.findMany({
    orderBy: [{ date: "asc" }, { title: "asc" }],
    select: {
      ...EVENT_PUBLIC_SELECT,
      figures: { select: { slug: true }, orderBy: { slug: "asc" } },
    },
  });
  return rows.map(({ figures, ...e }) => ({ ...e, date: isoDate(e.date), figureSlugs: figures.map((f) => f.slug) }));
}
