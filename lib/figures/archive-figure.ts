import "server-only";
// Archives a story, or follows it again: version-checked, with its revision. An archived figure
// keeps every value and its page; its silence is shown as history ("Archived story · last report
// 24 Oct 2025") instead of a STALE badge, no monitoring rule raises an alert for it, and the
// dashboard lists it apart. Its open stale alerts are resolved (a finished story is not late).
import type { Actor } from "../auth/actor";
import { getDb, type Db } from "../db/client";
import { evaluateFigure } from "../monitoring/evaluate-figure";
import { parseInput } from "../validate";
import type { FigureDto } from "./figure-dto";
import { saveFigureChange } from "./save-figure-change";
import { ZArchiveFigure, type TArchiveFigure } from "./schemas";

export async function archiveFigure(opts: {
  db?: Db;
  actor: Actor;
  input: TArchiveFigure;
  now?: Date;
}): Promise<FigureDto & { version: number }> {
  const db = opts.db ?? getDb();
  const input = parseInput(ZArchiveFigure, opts.input);
  const now = opts.now ?? new Date();
  const saved = await db.$transaction((tx) =>
    saveFigureChange({
      tx,
      actor: opts.actor,
      id: input.id,
      version: input.version,
      data: (row) =>
        input.archived
          ? { archivedAt: row.archivedAt ?? now, archiveNote: input.note }
          : { archivedAt: null, archiveNote: "" },
    }),
  );
  // The monitor resolves the figure's stale alerts, each with its revision (resolve-stale-alerts.ts).
  if (saved.archived) await evaluateFigure({ db, figureId: saved.id, rules: ["stale"], clock: () => now });
  return saved;
}
