import "server-only";
// Everything a figure page draws, at any size: per-outlet series downsampled on the server to at
// most MAX_POINTS_PER_SERIES points each and MAX_POINTS_TOTAL in all (first, last, min and max of
// every series always kept), the consensus line
// (from every published value, then downsampled), exact min/max for the text summary, and events.
// Two queries do the heavy part: a narrow one over every observation (id, outlet, date, a float
// to draw), then the full rows of only the points that survive the thinning.
import type { DbOrTx } from "../db/client";
import { AppError } from "../errors";
import { listEventsForFigure, type EventDto } from "../events/list-events-for-figure";
import { OBSERVATION_ORDER, OBSERVATION_SELECT, toObservationDto } from "../observations/observation-dto";
import { toChartSeries, type FigureChartData } from "./chart-series";
import { consensusLine } from "./consensus";
import { downsamplePoints, MAX_POINTS_PER_SERIES } from "./downsample-points";
import { FIGURE_SELECT, toFigureDto, type FigureDto } from "./figure-dto";
import { ZSlug } from "./schemas";
import type { FigureStats } from "./summarize-figure";

export type FigureChartView = { figure: FigureDto; chart: FigureChartData; stats: FigureStats; events: EventDto[] };

/** Budget for all series together, so a figure with 200 outlets stays drawable. */
export const MAX_POINTS_TOTAL = 8000;
const MIN_POINTS_PER_SERIES = 24;

type Thin = { id: string; outlet_id: string; t: number; y: number; retracted: boolean };

export async function getFigureChart(opts: { db: DbOrTx; slug: string }): Promise<FigureChartView> {
  const slug = ZSlug.safeParse(opts.slug);
  const row = slug.success ? await opts.db.figure.findUnique({ where: { slug: slug.data }, select: FIGURE_SELECT }) : null;
  if (!row) throw new AppError("not_found", `There is no figure “${opts.slug}”.`);
  const figure = toFigureDto(row);

  const [thin, [agg], latestRow, events] = await Promise.all([
    opts.db.$queryRaw<Thin[]>`
      SELECT id::text, outlet_id::text,
             (extract(epoch FROM reported_on) * 1000)::float8 AS t,
             coalesce(value, (low + high) / 2, low, high)::float8 AS y,
             status = 'retracted' AS retracted
        FROM observation
       WHERE figure_id = ${figure.id}::uuid
       ORDER BY reported_on, reported_at NULLS FIRST, logged_at`,
    opts.db.$queryRaw<{ min: string | null; max: string | null; outlets: number }[]>`
      SELECT min(least(value, low, high))::text AS min, max(greatest(value, low, high))::text AS max,
             count(DISTINCT outlet_id)::int AS outlets
        FROM observation WHERE figure_id = ${figure.id}::uuid AND status = 'published'`,
    opts.db.observation.findFirst({ where: { figureId: figure.id, status: "published" }, orderBy: OBSERVATION_ORDER, select: OBSERVATION_SELECT }),
    listEventsForFigure({ db: opts.db, figureId: figure.id, topics: figure.topics }),
  ]);

  const published = thin.filter((p) => !p.retracted && p.y !== null);
  const keep = new Set<string>();
  const byOutlet = new Map<string, Thin[]>();
  for (const p of thin) {
    if (p.y === null) continue;
    const key = `${p.outlet_id}:${p.retracted}`;
    const list = byOutlet.get(key);
    if (list) list.push(p);
    else byOutlet.set(key, [p]);
  }
  // ≤ 1,000 points per series, and ≤ MAX_POINTS_TOTAL over all of them (200 outlets × 1,000
  // would still be too many to draw), but never fewer than MIN_POINTS_PER_SERIES.
  const perSeries = Math.min(MAX_POINTS_PER_SERIES, Math.max(MIN_POINTS_PER_SERIES, Math.floor(MAX_POINTS_TOTAL / Math.max(1, byOutlet.size))));
  for (const points of byOutlet.values()) for (const p of downsamplePoints(points, perSeries)) keep.add(p.id);

  const full = keep.size
    ? await opts.db.observation.findMany({ where: { id: { in: [...keep] } }, select: OBSERVATION_SELECT })
    : [];
  const consensus = downsamplePoints(consensusLine(published.map((p) => ({ outletId: p.outlet_id, t: p.t, y: p.y }))), MAX_POINTS_PER_SERIES);
  return {
    figure,
    chart: {
      series: toChartSeries(full.map((r) => toObservationDto(r, figure.unit))),
      consensus,
      publishedCount: published.length,
      retractedCount: thin.length - published.length,
    },
    stats: {
      min: agg?.min ?? null,
      max: agg?.max ?? null,
      outletCount: agg?.outlets ?? 0,
      latest: latestRow ? toObservationDto(latestRow, figure.unit) : null,
    },
    events,
  };
}
