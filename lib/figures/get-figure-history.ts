import "server-only";
// A figure's revision timeline: the figure's own revisions and those of every observation of it.
import type { DbOrTx } from "../db/client";
import { getReadDb } from "../db/read-db";
import { AppError } from "../errors";
import { listRevisions } from "../revisions/list-revisions";
import type { RevisionDto } from "../revisions/revision-dto";
import { FIGURE_SELECT, toFigureDto, type FigureDto } from "./figure-dto";
import { ZSlug } from "./schemas";

export type FigureHistory = { figure: FigureDto; revisions: RevisionDto[]; isTruncated: boolean };

const LIMIT = 500;

export async function getFigureHistory(opts: { db?: DbOrTx; slug: string }): Promise<FigureHistory> {
  const db = opts.db ?? (await getReadDb());
  const slug = ZSlug.safeParse(opts.slug);
  const row = slug.success
    ? await db.figure.findUnique({
        where: { slug: slug.data },
        select: { ...FIGURE_SELECT, observations: { select: { id: true } } },
      })
    : null;
  if (!row) throw new AppError("not_found", `There is no figure “${opts.slug}”.`);
  const { observations, ...figure } = row;
  const revisions = await listRevisions({
    db,
    entityIds: [figure.id, ...observations.map((o) => o.id)],
    limit: LIMIT + 1,
  });
  return { figure: toFigureDto(figure), revisions: revisions.slice(0, LIMIT), isTruncated: revisions.length > LIMIT };
}
