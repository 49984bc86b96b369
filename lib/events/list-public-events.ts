import "server-only";
// Every dated event, oldest first, with the figures whose charts show it (GET /api/events).
import type { DbOrTx } from "../db/client";
import { getReadDb } from "../db/read-db";
import { isoDate } from "../observations/observation-dto";

export type PublicEvent = {
  id: string;
  date: string;
  title: string;
  url: string | null;
  description: string;
  topic: string | null;
  figureSlugs: string[];
};

export async function listPublicEvents(opts: { db?: DbOrTx }): Promise<PublicEvent[]> {
  const db = opts.db ?? (await getReadDb());
  const rows = await db.event.findMany({
    orderBy: [{ date: "asc" }, { title: "asc" }],
    select: {
      id: true,
      date: true,
      title: true,
      url: true,
      description: true,
      topic: true,
      figures: { select: { slug: true }, orderBy: { slug: "asc" } },
    },
  });
  return rows.map(({ figures, ...e }) => ({ ...e, date: isoDate(e.date), figureSlugs: figures.map((f) => f.slug) }));
}
