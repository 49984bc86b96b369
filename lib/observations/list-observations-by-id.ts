import "server-only";
// A handful of observations by id, with their figure: the "just saved" list after logging an article.
import { getDb, type DbOrTx } from "../db/client";
import { OBSERVATION_SELECT, toObservationDto, type ObservationDto } from "./observation-dto";

export type SavedObservation = ObservationDto & { figure: { slug: string; title: string } };

export async function listObservationsById(opts: { db?: DbOrTx; ids: string[] }): Promise<SavedObservation[]> {
  const db = opts.db ?? getDb();
  const ids = opts.ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id)).slice(0, 50);
  if (ids.length === 0) return [];
  const rows = await db.observation.findMany({
    where: { id: { in: ids } },
    select: { ...OBSERVATION_SELECT, figure: { select: { slug: true, title: true, unit: true } } },
  });
  const order = new Map(ids.map((id, i) => [id, i]));
  return rows
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
    .map((r) => ({ ...toObservationDto(r, r.figure.unit), figure: { slug: r.figure.slug, title: r.figure.title } }));
}
