import "server-only";
// The dashboard's data: every figure with its latest reported value, how many outlets
// reported it, when it was last reported, and a sparkline of its published values.
import type { DbOrTx } from "../db/client";
import { OBSERVATION_ORDER, OBSERVATION_SELECT, toObservationDto, type ObservationDto } from "../observations/observation-dto";
import { parseInput } from "../validate";
import { FIGURE_SELECT, toFigureDto, type FigureDto } from "./figure-dto";
import { ZListFiguresQuery, type TListFiguresQuery } from "./schemas";
import { sparklineOf, type SparkPoint } from "./sparkline";

export type FigureCard = FigureDto & {
  latest: ObservationDto | null;
  outletCount: number;
  observationCount: number;
  sparkline: SparkPoint[];
};

export type FigureList = { figures: FigureCard[]; topics: string[] };

export async function listFigures(opts: { db: DbOrTx; query?: TListFiguresQuery }): Promise<FigureList> {
  const query = parseInput(ZListFiguresQuery, opts.query ?? {});
  const rows = await opts.db.figure.findMany({
    where: query.topic ? { topics: { has: query.topic } } : undefined,
    orderBy: { title: "asc" },
    select: {
      ...FIGURE_SELECT,
      observations: { where: { status: "published" }, orderBy: OBSERVATION_ORDER, select: OBSERVATION_SELECT },
    },
  });
  const all = await opts.db.figure.findMany({ select: { topics: true } });
  const topics = [...new Set(all.flatMap((f) => f.topics))].sort((a, b) => a.localeCompare(b));

  const figures = rows.map(({ observations, ...figure }) => {
    const dtos = observations.map((o) => toObservationDto(o, figure.unit));
    return {
      ...toFigureDto(figure),
      latest: dtos[0] ?? null,
      outletCount: new Set(dtos.map((o) => o.outlet.id)).size,
      observationCount: dtos.length,
      sparkline: sparklineOf(dtos),
    };
  });
  // Most recently reported first; figures nobody reported yet go last.
  figures.sort((a, b) => (b.latest?.reportedOn ?? "").localeCompare(a.latest?.reportedOn ?? "") || a.title.localeCompare(b.title));
  return { figures, topics };
}
