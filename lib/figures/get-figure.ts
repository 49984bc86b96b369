import "server-only";
// One figure with every observation (newest first, retracted ones included and marked) and
// the events that annotate its chart.
import type { DbOrTx } from "../db/client";
import { getReadDb } from "../db/read-db";
import { AppError } from "../errors";
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
import { ZSlug } from "./schemas";

export type FigureDetail = {
  figure: FigureDto & FigureSources;
  observations: ObservationDto[];
  events: EventDto[];
  /** what the outlets' latest reports for the latest period say together (lib/values/headline.ts) */
  headline: Headline | null;
};

export async function getFigure(opts: { db?: DbOrTx; slug: string }): Promise<FigureDetail> {
  const db = opts.db ?? (await getReadDb());
  const slug = ZSlug.safeParse(opts.slug);
  const row = slug.success
    ? await db.figure.findUnique({
        where: { slug: slug.data },
        select: { ...FIGURE_SELECT, observations: { orderBy: OBSERVATION_ORDER, select: OBSERVATION_SELECT } },
      })
    : null;
  if (!row) throw new AppError("not_found", `There is no figure “${opts.slug}”.`);
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
