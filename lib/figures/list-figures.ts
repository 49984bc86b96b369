import "server-only";
// The dashboard's data, in SQL that stays fast at 1,000 figures × 1,000,000 observations:
//  1. one query picks the page of figures (topic, full-text search, sort) — the last reported
//     date comes from a LATERAL … LIMIT 1 on the (figure_id, reported_on desc) index;
//  2. for that page only: each outlet's latest value (figure_outlet_latest, kept by a trigger
//     on observation) → consensus (exact median), spread, outlet count;
//     the newest 60 values (sparkline, change since the previous report); counts.
// Sorting by disagreement has to look at every matching figure's latest values, so it is the
// one slow-ish path (measured in bench/).
import { Prisma } from "../db/generated/client";
import type { DbOrTx } from "../db/client";
import { shiftDecimal } from "../observations/decimal";
import { formatReportedValue, type Qualifier } from "../observations/format-value";
import { OBSERVATION_SELECT, toObservationDto, type ObservationDto } from "../observations/observation-dto";
import { parseInput } from "../validate";
import { FIGURE_SELECT, toFigureDto, type FigureDto } from "./figure-dto";
import { ZListFiguresQuery, type TListFiguresQuery } from "./schemas";
import type { SparkPoint } from "./sparkline";
import { isDisagreeing, isStale } from "./thresholds";

export type FigureCard = FigureDto & {
  /** the newest published observation */
  latest: ObservationDto | null;
  /** median of each outlet's latest value, as a person says it ("at least 43 people") */
  consensus: string | null;
  /** newest value minus the one reported before it ("+6 people"), null with fewer than two */
  change: { display: string; direction: "up" | "down" | "same"; sinceOn: string } | null;
  /** lowest and highest of the outlets' latest values */
  spread: { min: string; max: string; display: string } | null;
  outletCount: number;
  observationCount: number;
  lastReportedOn: string | null;
  /** (max − min) / |median| of the outlets' latest values */
  disagreement: number | null;
  isDisagreeing: boolean;
  isStale: boolean;
  sparkline: SparkPoint[];
};

export type FigureList = { figures: FigureCard[]; topics: string[]; total: number; page: number; pageSize: number };

const VALUE = Prisma.sql`coalesce(o.value, (o.low + o.high) / 2, o.low, o.high)`;
const NEWEST_FIRST = Prisma.sql`o.reported_on DESC, o.reported_at DESC NULLS LAST, o.logged_at DESC`;
const norm = (s: string | null) => (s === null ? null : shiftDecimal(s, 0));

/** Each outlet's latest value, from the trigger-kept figure_outlet_latest table. */
function latestPerOutlet(figureIds: Prisma.Sql) {
  return Prisma.sql`
    SELECT l.figure_id, l.qualifier::text AS qualifier, l.value AS v
      FROM figure_outlet_latest l
     WHERE l.figure_id IN (${figureIds})`;
}

export async function listFigures(opts: { db: DbOrTx; query?: TListFiguresQuery; now?: Date }): Promise<FigureList> {
  const query = parseInput(ZListFiguresQuery, opts.query ?? {});
  const now = opts.now ?? new Date();
  const topic = query.topic ?? null;
  const q = query.q ?? null;
  // Conditions are left out, not ORed with "IS NULL": a generic plan would otherwise prepare
  // the full-text subqueries even when nobody searched.
  const conditions: Prisma.Sql[] = [];
  if (topic) conditions.push(Prisma.sql`${topic}::text = ANY (f.topics)`);
  if (q) {
    conditions.push(Prisma.sql`(
      to_tsvector('english', f.title || ' ' || f.description) @@ websearch_to_tsquery('english', ${q}::text)
      OR f.id IN (SELECT o.figure_id FROM observation o
                   WHERE to_tsvector('english', o.quote) @@ websearch_to_tsquery('english', ${q}::text))
      OR f.id IN (SELECT o.figure_id FROM observation o
                   WHERE o.outlet_id IN (SELECT ol.id FROM outlet ol
                                          WHERE to_tsvector('simple', ol.name) @@ websearch_to_tsquery('simple', ${q}::text))))`);
  }
  const matching = Prisma.sql`SELECT f.id FROM figure f WHERE ${conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`true`}`;
  const offset = (query.page - 1) * query.pageSize;

  const pageRows =
    query.sort === "disagreement"
      ? await opts.db.$queryRaw<{ id: string; total: number }[]>`
          WITH latest AS (${latestPerOutlet(matching)}),
          score AS (
            SELECT figure_id,
                   (max(v) - min(v)) / nullif(abs((percentile_disc(0.5) WITHIN GROUP (ORDER BY v)
                                                   + percentile_disc(0.5) WITHIN GROUP (ORDER BY v DESC)) / 2), 0) AS s
              FROM latest GROUP BY figure_id)
          SELECT f.id::text, count(*) OVER ()::int AS total
            FROM figure f JOIN (${matching}) m ON m.id = f.id LEFT JOIN score ON score.figure_id = f.id
           ORDER BY score.s DESC NULLS LAST, f.title
           LIMIT ${query.pageSize} OFFSET ${offset}`
      : await opts.db.$queryRaw<{ id: string; total: number }[]>`
          SELECT f.id::text, count(*) OVER ()::int AS total
            FROM figure f JOIN (${matching}) m ON m.id = f.id
            LEFT JOIN LATERAL (SELECT o.reported_on FROM observation o
                                WHERE o.figure_id = f.id AND o.status = 'published'
                                ORDER BY o.reported_on DESC LIMIT 1) lr ON true
           ORDER BY ${query.sort === "title" ? Prisma.sql`f.title` : Prisma.sql`lr.reported_on DESC NULLS LAST, f.title`}
           LIMIT ${query.pageSize} OFFSET ${offset}`;

  const ids = pageRows.map((r) => r.id);
  const total = pageRows[0]?.total ?? 0;
  const idList = ids.length ? Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`)) : Prisma.sql`NULL::uuid`;

  const [figureRows, stats, recent, perFigure, topicRows] = await Promise.all([
    opts.db.figure.findMany({ where: { id: { in: ids } }, select: FIGURE_SELECT }),
    opts.db.$queryRaw<{ figure_id: string; outlets: number; min: string; max: string; median: string; qualifiers: string[] }[]>`
      WITH latest AS (${latestPerOutlet(idList)})
      SELECT figure_id::text, count(*)::int AS outlets, min(v)::text AS min, max(v)::text AS max,
             ((percentile_disc(0.5) WITHIN GROUP (ORDER BY v) + percentile_disc(0.5) WITHIN GROUP (ORDER BY v DESC)) / 2)::text AS median,
             array_agg(qualifier ORDER BY v) AS qualifiers
        FROM latest GROUP BY figure_id`,
    opts.db.$queryRaw<{ figure_id: string; id: string; reported_on: string; v: string }[]>`
      SELECT f.id::text AS figure_id, s.id::text, s.reported_on::text, s.v::text
        FROM figure f
        CROSS JOIN LATERAL (SELECT o.id, o.reported_on, ${VALUE} AS v FROM observation o
                             WHERE o.figure_id = f.id AND o.status = 'published'
                             ORDER BY ${NEWEST_FIRST} LIMIT 60) s
       WHERE f.id IN (${idList})`,
    // Once per figure (not per sparkline row): how many reports, and newest minus the one before.
    opts.db.$queryRaw<{ figure_id: string; n: number; change: string | null }[]>`
      SELECT f.id::text AS figure_id,
             (SELECT count(*) FROM observation o WHERE o.figure_id = f.id AND o.status = 'published')::int AS n,
             (SELECT (array_agg(t.v))[1] - (array_agg(t.v))[2]
                FROM (SELECT ${VALUE} AS v FROM observation o
                       WHERE o.figure_id = f.id AND o.status = 'published' ORDER BY ${NEWEST_FIRST} LIMIT 2) t)::text AS change
        FROM figure f WHERE f.id IN (${idList})`,
    opts.db.$queryRaw<{ topic: string }[]>`SELECT DISTINCT unnest(topics) AS topic FROM figure ORDER BY 1`,
  ]);

  const recentBy = new Map<string, typeof recent>();
  for (const r of recent) {
    const list = recentBy.get(r.figure_id);
    if (list) list.push(r);
    else recentBy.set(r.figure_id, [r]);
  }
  const latestIds = [...recentBy.values()].map((rows) => rows[0].id);
  const latestRows = latestIds.length ? await opts.db.observation.findMany({ where: { id: { in: latestIds } }, select: OBSERVATION_SELECT }) : [];
  const latestById = new Map(latestRows.map((r) => [r.id, r]));
  const statsBy = new Map(stats.map((s) => [s.figure_id, s]));
  const perFigureBy = new Map(perFigure.map((p) => [p.figure_id, p]));
  const order = new Map(ids.map((id, i) => [id, i]));

  const figures = figureRows
    .map((row): FigureCard => {
      const figure = toFigureDto(row);
      const rows = recentBy.get(figure.id) ?? [];
      const st = statsBy.get(figure.id);
      const latestRow = rows[0] ? latestById.get(rows[0].id) : undefined;
      const latest = latestRow ? toObservationDto(latestRow, figure.unit) : null;
      const exact = (v: string) => formatReportedValue({ qualifier: "exact", value: v, low: null, high: null, unit: figure.unit });
      const median = norm(st?.median ?? null);
      const counts = perFigureBy.get(figure.id);
      const change = norm(counts?.change ?? null);
      const disagreement = st && median !== null && Number(median) !== 0 ? (Number(st.max) - Number(st.min)) / Math.abs(Number(median)) : null;
      return {
        ...figure,
        latest,
        consensus: st && median !== null ? formatReportedValue({ qualifier: consensusQualifier(st.qualifiers), value: median, low: null, high: null, unit: figure.unit }) : null,
        change:
          change !== null && rows[1]
            ? {
                display: change === "0" ? "no change" : `${change.startsWith("-") ? "−" : "+"}${exact(change.replace(/^-/, ""))}`,
                direction: change === "0" ? "same" : change.startsWith("-") ? "down" : "up",
                sinceOn: rows[1].reported_on,
              }
            : null,
        spread: st ? { min: norm(st.min)!, max: norm(st.max)!, display: formatReportedValue({ qualifier: "range", value: null, low: norm(st.min), high: norm(st.max), unit: figure.unit }) } : null,
        outletCount: st?.outlets ?? 0,
        observationCount: counts?.n ?? 0,
        lastReportedOn: rows[0]?.reported_on ?? null,
        disagreement,
        isDisagreeing: isDisagreeing({ outlets: st?.outlets ?? 0, disagreement }),
        isStale: isStale({ lastReportedOn: rows[0]?.reported_on ?? null, now }),
        sparkline: rows
          .slice()
          .reverse()
          .map((r) => ({ date: r.reported_on, y: Number(r.v) })),
      };
    })
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!);

  return { figures, topics: topicRows.map((t) => t.topic), total, page: query.page, pageSize: query.pageSize };
}

/** The median's qualifier: the middle value's, or "about" when the two middle ones differ. */
function consensusQualifier(sortedQualifiers: string[]): Qualifier {
  const n = sortedQualifiers.length;
  const a = sortedQualifiers[(n - 1) >> 1];
  const b = sortedQualifiers[n >> 1];
  if (a !== b || a === "range") return "approximately";
  return a as Qualifier;
}
