import "server-only";
// Adds a figure with its revision.
import type { Actor } from "../auth/actor";
import { getDb, type DbOrTx } from "../db/client";
import { AppError } from "../errors";
import { writeRevision } from "../revisions/write-revision";
import { parseInput } from "../validate";
import { FIGURE_SELECT, toFigureDto, type FigureDto } from "./figure-dto";
import { ZCreateFigure } from "./schemas";
import { writeFigureTranslation } from "./write-figure-translation";

/**
 * Opens its own transaction, or runs inside `tx` when another verb composes it. `archive`: add it
 * as an archived story (the demo's year-old stories, lib/demo), in the same revision.
 */
export async function createFigure(opts: {
  tx?: DbOrTx;
  actor: Actor;
  input: unknown;
  archive?: { at: Date; note: string };
}): Promise<FigureDto> {
  const { tx } = opts;
  if (!tx) return getDb().$transaction((own) => createFigure({ ...opts, tx: own }));
  const { titleEs, descriptionEs, ...input } = parseInput(ZCreateFigure, opts.input);
  if (await tx.figure.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
    throw new AppError("validation_failed", `A figure “${input.slug}” already exists.`, {
      slug: ["This slug is taken."],
    });
  }
  const archived = opts.archive ? { archivedAt: opts.archive.at, archiveNote: opts.archive.note } : {};
  const { id } = await tx.figure.create({ data: { ...input, ...archived }, select: { id: true } });
  await writeFigureTranslation({ tx, figureId: id, titleEs, descriptionEs });
  const figure = toFigureDto(await tx.figure.findUniqueOrThrow({ where: { id }, select: FIGURE_SELECT }));
  await writeRevision({
    tx,
    entityType: "figure",
    entityId: figure.id,
    action: "create",
    after: figure,
    actor: opts.actor,
  });
  return figure;
}
