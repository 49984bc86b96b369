import "server-only";
// Writes a figure's Spanish title and description (figure_translation) inside the caller's
// transaction; the caller writes the revision, whose before/after DTOs carry `translations`.
import type { DbOrTx } from "../db/client";

/** Both left out: unchanged. A blank title: the translation is removed (pages fall back to the original). */
export async function writeFigureTranslation(opts: {
  tx: DbOrTx;
  figureId: string;
  titleEs?: string;
  descriptionEs?: string;
}): Promise<void> {
  const { tx, figureId, titleEs, descriptionEs } = opts;
  if (titleEs === undefined && descriptionEs === undefined) return;
  const key = { figureId_locale: { figureId, locale: "es" } };
  if (!titleEs) {
    await tx.figureTranslation.deleteMany({ where: { figureId, locale: "es" } });
    return;
  }
  const text = { title: titleEs, description: descriptionEs ?? "" };
  await tx.figureTranslation.upsert({ where: key, create: { figureId, locale: "es", ...text }, update: text });
}
