import "server-only";
// The dashboard's data, in SQL that stays fast at 1,000 figures × 1,000,000 observations. It
// never scans observations to summarise them: figure_summary (one row per figure: counts, last
// report, the spread of each outlet's latest value for ordering, the newest 60 values and the
// newest observation's id) is kept by the per-statement trigger on observation (migrations
// charts_outlet_latest and charts_figure_summary). So one query gives a page of cards: figures
// joined to their summaries, filtered (topic, full-text search), sorted (recent / title /
// disagreement all read the summary), counted, and joined to each card's newest observation.
// Search is a union of three semi-joins (title/description, quotes, outlet names). Quotes are
// searched per figure: figure_search holds the words of all of a figure's quotes (migration
// charts_quote_words), so a word found in 5 % of 1,000,000 quotes costs a GIN lookup over 1,000
// rows. Its words are without numbers and positions, so a query with a digit, a phrase or a
// minus searches the quotes one by one, as below. An OR of
// IN-subqueries could not be turned into joins, so PostgreSQL ran the quote subquery in full: a
// word in nearly every quote meant a million-row bitmap scan (6 s). As EXISTS, the planner probes
// each figure and stops at its first matching quote when the word is common, and uses the GIN
// index when it is rare. The outlets whose name matches are found once, and each figure is probed
// for a report by one of them (index only; 1.4 ms for a word no outlet has, 4 ms when joined per
// figure). Each card's headline (made of reported values, lib/values/headline.ts) is kept per
// figure until a write to it, else made from the page's figures' reports for their latest periods
// (list-figure-headlines.ts).
import { Prisma } from "../db/client";
import type { DbOrTx } from "../db/client";
import { getReadDb } from "../db/read-db";
import { resolveSettings, staleDaysFor } from "../monitoring/config";
import { isStale } from "../monitoring/thresholds";
import type { FigureKind } from "../monitoring/types";
import type { Headline } from "../values/headline";
import {
  OBSERVATION_DTO_COLUMNS,
  rowToObservationDto,
  type ObservationDtoRow,
} from "../observations/observation-dto-sql";
import type { ObservationDto } from "../observations/observation-dto";
import { listFigureSources } from "../sources/list-figure-sources";
import { NO_SOURCES, type FigureSources } from "../sources/origins";
import { parseInput } from "../validate";
import { toFigureTranslations, type FigureDto, type FigureText } from "./figure-dto";
import { ZListFiguresQuery, type TListFiguresQuery } from "./schemas";
import type { Locale } from "../i18n/locales";
import { listFigureHeadlines } from "./list-figure-headlines";
import { getTopicNames } from "../topics/get-topic-names";
import { pickTopicNames, type TopicNames } from "../topics/topic-names";
import type { SparkPoint } from "./sparkline";

export type FigureCard = FigureDto &
  FigureSources & {
    /** the newest published observation */
    latest: ObservationDto | null;
    /**
     * What the outlets' latest reports for the latest period say together, in their words: "at
     * least 43 people", or "Outlets disagree: 17 to at least 43 people"; with the change.
     */
    headline: Headline | null;
    outletCount: number;
    observationCount: number;
    lastReportedOn: string | null;
    /** the headline's outlets cannot all be right (the disagreement alert's rule) */
    isDisagreeing: boolean;
    /** no report for the figure's stale limit (the stale alert's rule) */
    isStale: boolean;
    /** that limit, in days */
    staleAfterDays: number;
    sparkline: SparkPoint[];
    /** its topics' names in other languages (lib/topics/topic-names.ts) */
    topicNames: TopicNames;
  };

export type FigureList = {
  figures: FigureCard[];
  topics: string[];
  /** every topic's names in other languages, for the topic filter */
  topicNames: TopicNames;
  total: number;
  page: number;
  pageSize: number;
};

/** A card's row: the figure, its summary, and its newest observation (all null when it has none). */
type PageRow = Nullable<ObservationDtoRow> & {
  figure_id: string;
  slug: string;
  title: string;
  description: string;
  unit: string;
  kind: FigureDto["kind"];
  topics: string[];
  updated_at: string;
  total: number;
  observation_count: number;
  outlet_count: number;
  last_reported_on: string | null;
  is_active: boolean;
  archived_at: string | null;
  archive_note: string;
  translations: ({ locale: string } & FigureText)[];
  settings: unknown;
  /** newest first, as are recent_dates (JSON: node-postgres parses a text[] one character at a time) */
  recent_values: string[];
  recent_dates: string[];
};
type Nullable<T> = { [K in keyof T]: T[K] | null };

/** What figure_search's words cannot answer: numbers (left out), phrases and NOT (no positions, one document per figure). */
const NEEDS_EACH_QUOTE = /[\d"-]/;

/** Figure ids whose title/description, any quote (all its quotes' words together, for plain words), or any outlet's name matches `q`. */
function searchMatches(q: string) {
  const quotes = NEEDS_EACH_QUOTE.test(q)
    ? Prisma.sql`SELECT fq.id FROM figure fq
                  WHERE EXISTS (SELECT 1 FROM observation o
                                 WHERE o.figure_id = fq.id AND to_tsvector('english', o.quote) @@ websearch_to_tsquery('english', ${q}::text))`
    : Prisma.sql`SELECT fs.figure_id FROM figure_search fs WHERE fs.quote_words @@ websearch_to_tsquery('tally_words', ${q}::text)`;
  return Prisma.sql`
    SELECT ft.id FROM figure ft
     WHERE to_tsvector('english', ft.title || ' ' || ft.description) @@ websearch_to_tsquery('english', ${q}::text)
    UNION ALL
    ${quotes}
    UNION ALL
    SELECT fo.id FROM figure fo
     WHERE EXISTS (SELECT 1 FROM observation o
                    WHERE o.figure_id = fo.id
                      AND o.outlet_id = ANY (ARRAY(SELECT ol.id FROM outlet ol
                                                    WHERE to_tsvector('simple', ol.name) @@ websearch_to_tsquery('simple', ${q}::text))))`;
}

const ORDER_BY = {
  recent: Prisma.sql`s.last_reported_on DESC NULLS LAST, f.title, f.id`,
  title: Prisma.sql`f.title, f.id`,
  disagreement: Prisma.sql`s.spread_ratio DESC NULLS LAST, f.title, f.id`,
} as const;

/** `locale`: the language of the cards' headlines (English unless a page asks for another). */
export async function listFigures(opts: {
  db?: DbOrTx;
  query?: TListFiguresQuery;
  now?: Date;
  locale?: Locale;
}): Promise<FigureList> {
  const db = opts.db ?? (await getReadDb());
  const locale = opts.locale ?? "en";
  const query = parseInput(ZListFiguresQuery, opts.query ?? {});
  const now = opts.now ?? new Date();
  // Conditions are left out, not ORed with "IS NULL": a generic plan would otherwise prepare
  // the full-text subqueries even when nobody searched.
  const conditions: Prisma.Sql[] = [];
  if (query.topic) conditions.push(Prisma.sql`${query.topic}::text = ANY (f.topics)`);
  if (query.q) conditions.push(Prisma.sql`f.id IN (${searchMatches(query.q)})`);
  const where = conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`true`;
  const offset = (query.page - 1) * query.pageSize;

  const [pageRows, topicRows, topicNames] = await Promise.all([
    db.$queryRaw<PageRow[]>`
      WITH page AS (
        SELECT f.id, count(*) OVER ()::int AS total, row_number() OVER (ORDER BY ${ORDER_BY[query.sort]}) AS ord
          FROM figure f LEFT JOIN figure_summary s ON s.figure_id = f.id
         WHERE ${where}
         ORDER BY ${ORDER_BY[query.sort]}
         LIMIT ${query.pageSize} OFFSET ${offset})
      SELECT f.id::text AS figure_id, f.slug, f.title, f.description, f.unit, f.kind::text AS kind, coalesce(f.topics, '{}') AS topics,
             to_char(f.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS updated_at, p.total,
             coalesce(s.observation_count, 0) AS observation_count, coalesce(s.outlet_count, 0) AS outlet_count,
             to_char(s.last_reported_on, 'YYYY-MM-DD') AS last_reported_on, f.is_active, mc.settings,
             to_char(f.archived_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS archived_at, f.archive_note,
             coalesce((SELECT json_agg(json_build_object('locale', t.locale, 'title', t.title, 'description', t.description) ORDER BY t.locale)
                         FROM figure_translation t WHERE t.figure_id = f.id), '[]') AS translations,
             to_json(coalesce(s.recent_values::text[], '{}')) AS recent_values,
             coalesce((SELECT json_agg(to_char(d, 'YYYY-MM-DD') ORDER BY i) FROM unnest(s.recent_dates) WITH ORDINALITY u(d, i)), '[]') AS recent_dates,
             ${Prisma.raw(OBSERVATION_DTO_COLUMNS)}
        FROM page p
        JOIN figure f ON f.id = p.id
        LEFT JOIN figure_summary s ON s.figure_id = p.id
        LEFT JOIN monitoring_config mc ON mc.figure_id = p.id
        LEFT JOIN observation o ON o.id = s.latest_observation_id
        LEFT JOIN outlet ol ON ol.id = o.outlet_id
       ORDER BY p.ord`,
    db.$queryRaw<{ topic: string }[]>`SELECT DISTINCT unnest(topics) AS topic FROM figure ORDER BY 1`,
    getTopicNames({ db }),
  ]);
  const total = pageRows[0]?.total ?? 0;
  const [headlines, sourcesOf] = await Promise.all([
    listFigureHeadlines({ db, figureIds: pageRows.map((r) => r.figure_id), locale }),
    listFigureSources({ db, figureIds: pageRows.map((r) => r.figure_id) }),
  ]);

  const figures = pageRows.map((row): FigureCard => {
    const figure: FigureDto = {
      id: row.figure_id,
      slug: row.slug,
      title: row.title,
      description: row.description,
      unit: row.unit,
      kind: row.kind,
      topics: row.topics,
      updatedAt: row.updated_at,
      archived: row.archived_at ? { at: row.archived_at, note: row.archive_note } : null,
      translations: toFigureTranslations(row.translations),
    };
    const headline = headlines.get(figure.id) ?? null;
    const settings = resolveSettings(row.settings);
    const kind = figure.kind as FigureKind;
    return {
      ...figure,
      latest: row.id ? rowToObservationDto(row as ObservationDtoRow, figure.unit) : null,
      headline,
      outletCount: row.outlet_count,
      observationCount: row.observation_count,
      lastReportedOn: row.last_reported_on,
      isDisagreeing: headline?.status === "disagree",
      isStale: isStale({
        kind,
        isActive: row.is_active,
        isArchived: row.archived_at !== null,
        lastReportedOn: row.last_reported_on,
        settings,
        now,
      }),
      staleAfterDays: staleDaysFor(kind, settings),
      ...(sourcesOf.get(row.figure_id) ?? NO_SOURCES),
      sparkline: row.recent_values.map((v, i) => ({ date: row.recent_dates[i], y: Number(v) })).reverse(),
      topicNames: pickTopicNames(topicNames, figure.topics),
    };
  });

  const topics = topicRows.map((t) => t.topic);
  return { figures, topics, topicNames, total, page: query.page, pageSize: query.pageSize };
}
