import "server-only";
// Edits a figure's title, description, unit, kind or topics: version-checked, with its revision.
import type { Actor } from "../auth/actor";
import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { publishChange } from "../live/publish-change";
import { writeRevision } from "../revisions/write-revision";
import { parseInput } from "../validate";
import { FIGURE_SELECT, toFigureDto, type FigureDto } from "./figure-dto";
import { ZUpdateFigure } from "./schemas";

const SELECT = { ...FIGURE_SELECT, version: true } as const;

export async function updateFigure(opts: { db?: Db; actor: Actor; input: unknown }): Promise<FigureDto & { version: number }> {
  const db = opts.db ?? getDb();
  const input = parseInput(ZUpdateFigure, opts.input);
  return db.$transaction(async (tx) => {
    const row = await tx.figure.findUnique({ where: { id: input.id }, select: SELECT });
    if (!row) throw new AppError("not_found", "There is no such figure.");
    const { id, version, ...data } = input;
    const { count } = await tx.figure.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new AppError("conflict", `Someone else changed this figure after you opened it (now version ${row.version}). Reload to see their change; nothing of yours was saved.`);
    const updated = await tx.figure.findUniqueOrThrow({ where: { id }, select: SELECT });
    const before = { ...toFigureDto(row), version: row.version };
    const after = { ...toFigureDto(updated), version: updated.version };
    await writeRevision({ tx, entityType: "figure", entityId: id, action: "update", before, after, actor: opts.actor });
    await publishChange({ tx, change: { kind: "figure", figureSlug: updated.slug } });
    return after;
  });
}
