import "server-only";
// One page of a figure's observations for its table, newest first. Retracted values only when
// asked for (the chart hides them by default too).
import type { DbOrTx } from "../db/client";
import { getReadDb } from "../db/read-db";
import {
  OBSERVATION_ORDER,
  OBSERVATION_SELECT,
  toObservationDto,
  type ObservationDto,
} from "../observations/observation-dto";
import { parseInput } from "../validate";
import { ZTablePageQuery, type TTablePageQuery } from "./schemas";
import { noSuchFigure } from "./no-such-figure";

export type ObservationPage = { observations: ObservationDto[]; total: number; page: number; pageSize: number };

export async function listFigureObservations(opts: {
  db?: DbOrTx;
  slug: string;
  query?: TTablePageQuery;
}): Promise<ObservationPage> {
  const db = opts.db ?? (await getReadDb());
  const q = parseInput(ZTablePageQuery, opts.query ?? {});
  const figure = await db.figure.findUnique({ where: { slug: opts.slug }, select: { id: true, unit: true } });
  if (!figure) throw noSuchFigure(opts.slug);
  const where = { figureId: figure.id, ...(q.retracted ? {} : { status: "published" as const }) };
  const [rows, total] = await Promise.all([
    db.observation.findMany({
      where,
      orderBy: OBSERVATION_ORDER,
      select: OBSERVATION_SELECT,
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
    }),
    db.observation.count({ where }),
  ]);
  return { observations: rows.map((r) => toObservationDto(r, figure.unit)), total, page: q.page, pageSize: q.pageSize };
}
