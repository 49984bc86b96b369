import "server-only";
// One figure with every observation (newest first, retracted ones included and marked) and
// the events that annotate its chart.
import type { DbOrTx } from "../db/client";
import { getReadDb } from "../db/read-db";
import { listEventsForFigure, type EventDto } from "../events/list-events-for-figure";
import {
  OBSERVATION_ORDER,
  OBSERVATION_SELECT,
  toObservationDto,
  type ObservationDto,
} from "../observations/observation-dto";
import { listFigureSources } from "../sources/list-figure-sources";
import type { FigureSources } from "../sources/origins";
import { FIGURE_SELECT, toFigureDto, type FigureDto } from "./figure-dto";
import type { Headline } from "../values/headline";
import { listFigureHeadlines } from "./list-figure-headlines";
import { figureSlugOrNotFound, noSuchFigure } from "./no-such-figure";

export type FigureDetail = {
  figure: FigureDto & FigureSources;
  observations: ObservationDto[];
  events: EventDto[];
  /** what the outlets' latest reports for the latest period say together (lib/values/headline.ts) */
  headline: Headline | null;
};

export async function getFigure(opts: { db?: DbOrTx; slug: string }): Promise<FigureDetail> {
  const db = opts.db ?? (await getReadDb());
  const row = await db.figure.findUnique({
    where: { slug: figureSlugOrNotFound(opts.slug) },
    select: { ...FIGURE_SELECT, observations: { orderBy: OBSERVATION_ORDER, select: OBSERVATION_SELECT } },
  });
  if (!row) throw noSuchFigure(opts.slug);
  const { observations, ...figure } = row;
  const [events, headlines, sources] = await Promise.all([
    listEventsForFigure({ db, figureId: figure.id, topics: figure.topics }),
    listFigureHeadlines({ db, figureIds: [figure.id] }),
    listFigureSources({ db, figureIds: [figure.id] }),
  ]);
  return {
    figure: { ...toFigureDto(figure), ...sources.get(figure.id)! },
    observations: observations.map((o) => toObservationDto(o, figure.unit)),
    events,
    headline: headlines.get(figure.id) ?? null,
  };
}
