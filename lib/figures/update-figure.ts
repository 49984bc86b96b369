import "server-only";
// Edits a figure's title, description (and their Spanish), unit, kind or topics: version-checked, with its revision.
import type { Actor } from "../auth/actor";
import { getDb, type Db } from "../db/client";
import { parseInput } from "../validate";
import type { FigureDto } from "./figure-dto";
import { saveFigureChange } from "./save-figure-change";
import { ZUpdateFigure } from "./schemas";
import { writeFigureTranslation } from "./write-figure-translation";

export async function updateFigure(opts: {
  db?: Db;
  actor: Actor;
  input: unknown;
}): Promise<FigureDto & { version: number }> {
  const db = opts.db ?? getDb();
  const input = parseInput(ZUpdateFigure, opts.input);
  const { id, version, titleEs, descriptionEs, ...data } = input;
  return db.$transaction((tx) =>
    saveFigureChange({
      tx,
      actor: opts.actor,
      id,
      version,
      data: () => data,
      alsoWrite: () => writeFigureTranslation({ tx, figureId: id, titleEs, descriptionEs }),
    }),
  );
}
