import "server-only";
// A figure's revision timeline: the figure's own revisions and those of every observation of it.
import type { DbOrTx } from "../db/client";
import { getReadDb } from "../db/read-db";
import { listRevisions } from "../revisions/list-revisions";
import type { RevisionDto } from "../revisions/revision-dto";
import { FIGURE_SELECT, toFigureDto, type FigureDto } from "./figure-dto";
import { figureSlugOrNotFound, noSuchFigure } from "./no-such-figure";

export type FigureHistory = { figure: FigureDto; revisions: RevisionDto[]; isTruncated: boolean };

const LIMIT = 500;

export async function getFigureHistory(opts: { db?: DbOrTx; slug: string }): Promise<FigureHistory> {
  const db = opts.db ?? (await getReadDb());
  const row = await db.figure.findUnique({
    where: { slug: figureSlugOrNotFound(opts.slug) },
    select: { ...FIGURE_SELECT, observations: { select: { id: true } } },
  });
  if (!row) throw noSuchFigure(opts.slug);
  const { observations, ...figure } = row;
  const revisions = await listRevisions({
    db,
    entityIds: [figure.id, ...observations.map((o) => o.id)],
    limit: LIMIT + 1,
  });
  return { figure: toFigureDto(figure), revisions: revisions.slice(0, LIMIT), isTruncated: revisions.length > LIMIT };
}
