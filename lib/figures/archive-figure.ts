import "server-only";
// Archives a story, or follows it again: version-checked, with its revision. An archived figure
// keeps every value and its page; its silence is shown as history ("Archived story · last report
// 24 Oct 2025") instead of a STALE badge, no monitoring rule raises an alert for it, and the
// dashboard lists it apart. Its open stale alerts are resolved (a finished story is not late).
import type { Actor } from "../auth/actor";
import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { publishChange } from "../live/publish-change";
import { evaluateFigure } from "../monitoring/evaluate-figure";
import { writeRevision } from "../revisions/write-revision";
import { parseInput } from "../validate";
import { FIGURE_SELECT, toFigureDto, type FigureDto } from "./figure-dto";
import { ZArchiveFigure, type TArchiveFigure } from "./schemas";

const SELECT = { ...FIGURE_SELECT, version: true } as const;

export async function archiveFigure(opts: { db?: Db; actor: Actor; input: TArchiveFigure; now?: Date }): Promise<FigureDto & { version: number }> {
  const db = opts.db ?? getDb();
  const input = parseInput(ZArchiveFigure, opts.input);
  const now = opts.now ?? new Date();
  const saved = await db.$transaction(async (tx) => {
    const row = await tx.figure.findUnique({ where: { id: input.id }, select: SELECT });
    if (!row) throw new AppError("not_found", "There is no such figure.");
    const data = input.archived ? { archivedAt: row.archivedAt ?? now, archiveNote: input.note } : { archivedAt: null, archiveNote: "" };
    const { count } = await tx.figure.updateMany({ where: { id: input.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) throw new AppError("conflict", `Someone else changed this figure after you opened it (now version ${row.version}). Reload to see their change; nothing of yours was saved.`);
    const updated = await tx.figure.findUniqueOrThrow({ where: { id: input.id }, select: SELECT });
    const before = { ...toFigureDto(row), version: row.version };
    const after = { ...toFigureDto(updated), version: updated.version };
    await writeRevision({ tx, entityType: "figure", entityId: input.id, action: "update", before, after, actor: opts.actor });
    await publishChange({ tx, change: { kind: "figure", figureSlug: updated.slug } });
    return after;
  });
  // The monitor resolves the figure's stale alerts, each with its revision (resolve-stale-alerts.ts).
  if (saved.archived) await evaluateFigure({ db, figureId: saved.id, rules: ["stale"], clock: () => now });
  return saved;
}
