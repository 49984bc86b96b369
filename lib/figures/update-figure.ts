import "server-only";
// Edits a figure's title, description, unit, kind or topics: version-checked, with its revision.
import type { Actor } from "../auth/actor";
import { getDb, type Db } from "../db/client";
import { parseInput } from "../validate";
import type { FigureDto } from "./figure-dto";
import { saveFigureChange } from "./save-figure-change";
import { ZUpdateFigure } from "./schemas";

export async function updateFigure(opts: { db?: Db; actor: Actor; input: unknown }): Promise<FigureDto & { version: number }> {
  const db = opts.db ?? getDb();
  const input = parseInput(ZUpdateFigure, opts.input);
  const { id, version, ...data } = input;
  return db.$transaction((tx) => saveFigureChange({ tx, actor: opts.actor, id, version, data: () => data }));
}
