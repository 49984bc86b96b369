import "server-only";
// One observation as a DTO, with the figure it belongs to.
import { getDb, type DbOrTx } from "../db/client";
import { AppError } from "../errors";
import { FIGURE_TRANSLATIONS_SELECT, toFigureTranslations, type FigureTranslations } from "../figures/figure-dto";
import { OBSERVATION_SELECT, toObservationDto, type ObservationDto } from "./observation-dto";

export type ObservationWithFigure = {
  observation: ObservationDto;
  /** With its translations: pages name it in the reader's language (localizedFigureText). */
  figure: {
    id: string;
    slug: string;
    title: string;
    description: string;
    unit: string;
    translations: FigureTranslations;
  };
};

const FIGURE_SELECT = {
  id: true,
  slug: true,
  title: true,
  description: true,
  unit: true,
  translations: FIGURE_TRANSLATIONS_SELECT,
} as const;

const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

export async function getObservation(opts: { db?: DbOrTx; id: string }): Promise<ObservationWithFigure> {
  const db = opts.db ?? getDb();
  const row = isUuid(opts.id)
    ? await db.observation.findUnique({
        where: { id: opts.id },
        select: { ...OBSERVATION_SELECT, figure: { select: FIGURE_SELECT } },
      })
    : null;
  if (!row) throw new AppError("not_found", "There is no such observation.");
  const { figure, ...rest } = row;
  const { translations, ...own } = figure;
  return {
    observation: toObservationDto(rest, figure.unit),
    figure: { ...own, translations: toFigureTranslations(translations) },
  };
}
