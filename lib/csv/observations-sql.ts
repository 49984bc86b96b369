// The one SELECT behind every observation export (CSV, zip) and the paginated JSON API, as SQL
// text: COPY (…) TO STDOUT cannot take bind parameters, so every value that reaches the SQL is
// zod-validated first (dates, slugs) and then written as a quoted literal. Pure: unit-testable.
import { sqlLiteral } from "../db/pg-pool";
import { DISPLAY_TOKEN_SQL } from "./display-column";
import type { ObservationFilters } from "./schemas";
import { column, isoDate, isoTime, text, type Column } from "./column";

export type { Column };

/** The observations as they are now. */
const LIVE_SOURCE = `
  SELECT o.id, o.figure_id, o.value, o.qualifier::text AS qualifier, o.low, o.high,
         o.refers_start, o.refers_end, o.refers_precision::text AS refers_precision, o.refers_label,
         o.reported_on, o.reported_at, ol.name AS outlet, ol.slug AS outlet_slug, ol.kind::text AS outlet_kind,
         o.cited_sources, o.url, o.quote, o.note, o.status, o.status_reason,
         o.check_status::text AS check_status, o.checked_by, o.checked_at,
         o.logged_by, o.logged_at, o.version, o.logged_by_id, o.check_comment, ol.id::text AS outlet_id
    FROM observation o JOIN outlet ol ON ol.id = o.outlet_id`;

/**
 * The observations as the desk knew them before `end`: each one's newest revision written
 * before then. Every create/update/retract/check revision's `after` holds the whole
 * observation DTO, written in the same transaction as the change, so it is exactly what was
 * stored. The figure's title, unit and kind come from `asOfFigures` (below), as they stood then.
 */
const asOfSource = (end: string) => `
  SELECT o.id, o.figure_id, (j->>'value')::numeric AS value, j->>'qualifier' AS qualifier,
         (j->>'low')::numeric AS low, (j->>'high')::numeric AS high,
         (j->>'refersStart')::date AS refers_start, (j->>'refersEnd')::date AS refers_end,
         j->>'refersPrecision' AS refers_precision, j->>'refersLabel' AS refers_label,
         (j->>'reportedOn')::date AS reported_on, (j->>'reportedAt')::timestamptz AS reported_at,
         j->'outlet'->>'name' AS outlet, j->'outlet'->>'slug' AS outlet_slug, j->'outlet'->>'kind' AS outlet_kind,
         ARRAY(SELECT jsonb_array_elements_text(j->'citedSources')) AS cited_sources,
         j->>'url' AS url, j->>'quote' AS quote, j->>'note' AS note,
         coalesce(j->>'status', 'published') AS status, j->>'statusReason' AS status_reason,
         coalesce(j->>'checkStatus', 'unchecked') AS check_status, j->>'checkedBy' AS checked_by,
         (j->>'checkedAt')::timestamptz AS checked_at,
         j->>'loggedBy' AS logged_by, (j->>'loggedAt')::timestamptz AS logged_at, (j->>'version')::int AS version,
         j->>'loggedById' AS logged_by_id, j->>'checkComment' AS check_comment, j->'outlet'->>'id' AS outlet_id
    FROM (SELECT DISTINCT ON (r.entity_id) r.entity_id AS id, r.after AS j
            FROM revision r
           WHERE r.entity_type = 'observation' AND r.after IS NOT NULL AND r.created_at < ${end}
           ORDER BY r.entity_id, r.id DESC) s
    JOIN observation o ON o.id = s.id::uuid`;

/**
 * The figures as they stood before `end`: title, unit, kind and description from each figure's
 * newest revision written before then (create and update revisions carry the whole figure), so
 * an export as of a day before a rename shows the old title. A figure with no revision by then
 * (added by a script that wrote none) keeps its live row. The slug never changes.
 */
const asOfFigures = (end: string) => `(
  SELECT f0.id, f0.slug, coalesce(r.j->>'title', f0.title) AS title, coalesce(r.j->>'unit', f0.unit) AS unit,
         coalesce(r.j->>'kind', f0.kind::text) AS kind
    FROM figure f0
    LEFT JOIN LATERAL (SELECT rf.after AS j FROM revision rf
                        WHERE rf.entity_type = 'figure' AND rf.entity_id = f0.id::text AND rf.after IS NOT NULL AND rf.created_at < ${end}
                        ORDER BY rf.created_at DESC, rf.id DESC LIMIT 1) r ON true)`;

/** `x` joined with its figure `f`, filtered. */
export function observationsFromWhere(opts: { filters: ObservationFilters; figureSlug?: string }): string {
  const q = opts.filters;
  const lit = sqlLiteral;
  const end = q.asOf ? `(${lit(q.asOf)}::date + 1)::timestamp AT TIME ZONE 'UTC'` : "";
  const source = q.asOf ? asOfSource(end) : LIVE_SOURCE;
  const figures = q.asOf ? asOfFigures(end) : "figure";
  const where: string[] = [];
  // By id, not f.slug: the planner can then use the (figure_id, reported_on) index.
  if (opts.figureSlug !== undefined)
    where.push(`x.figure_id = (SELECT id FROM figure WHERE slug = ${lit(opts.figureSlug)})`);
  if (!q.includeRetracted) where.push(`x.status = 'published'`);
  if (q.outlets?.length) where.push(`x.outlet_slug IN (${q.outlets.map(lit).join(", ")})`);
  if (q.reportedFrom) where.push(`x.reported_on >= ${lit(q.reportedFrom)}::date`);
  if (q.reportedTo) where.push(`x.reported_on <= ${lit(q.reportedTo)}::date`);
  // A period overlaps [refersFrom, refersTo]; values with no period do not match a period filter.
  if (q.refersFrom) where.push(`coalesce(x.refers_end, x.refers_start) >= ${lit(q.refersFrom)}::date`);
  if (q.refersTo) where.push(`coalesce(x.refers_start, x.refers_end) <= ${lit(q.refersTo)}::date`);
  return `FROM (${source}) x JOIN ${figures} f ON f.id = x.figure_id${where.length ? `\n WHERE ${where.join("\n   AND ")}` : ""}`;
}

/**
 * Every CSV column, in order. Numbers are numeric::text: exactly as stored, never rounded.
 * `display` must stay first: the SELECT writes a token there that fillDisplayColumn formats.
 */
export const OBSERVATION_COLUMNS: Column[] = [
  column(
    "display",
    DISPLAY_TOKEN_SQL,
    "string",
    'The value as a person reads it ("at least 57 people"), from the same formatter as the pages; ignored by the import.',
  ),
  column(
    "observation_id",
    "x.id::text",
    "string",
    "The observation's id (UUID); an import with this id updates nothing twice.",
  ),
  column("figure_slug", "f.slug", "string", "The figure's short name in URLs."),
  text("figure_title", "f.title", "The figure's title."),
  text("unit", "f.unit", "Unit of value/low/high (people, USD, hectares…)."),
  column(
    "figure_kind",
    "f.kind::text",
    "string",
    "How the figure accumulates: cumulative, level, flow or change (an import creates a new figure with this kind).",
  ),
  column(
    "qualifier",
    "x.qualifier",
    "string",
    "exact, approximately, at_least, more_than, at_most, less_than or range.",
  ),
  column("value", "x.value::text", "number", "The reported number exactly as stored (empty for a range)."),
  column("low", "x.low::text", "number", "Low end of a range."),
  column("high", "x.high::text", "number", "High end of a range."),
  column("refers_start", isoDate("x.refers_start"), "date", "First day of the period the value refers to."),
  column("refers_end", isoDate("x.refers_end"), "date", "Last day of the period the value refers to."),
  column("refers_precision", "x.refers_precision", "string", "day, month, year or fiscal_year."),
  text("refers_label", "x.refers_label", "The period in the reporter's words."),
  column("reported_on", isoDate("x.reported_on"), "date", "The day the outlet reported it."),
  column("reported_at", isoTime("x.reported_at"), "datetime", "The time it was reported, when known (UTC)."),
  text("outlet", "x.outlet", "The outlet that reported it."),
  column(
    "outlet_kind",
    "x.outlet_kind",
    "string",
    "wire_agency, newspaper, broadcaster, government, un_agency_ngo or other.",
  ),
  text(
    "cited_sources",
    "array_to_string(x.cited_sources, ' > ')",
    'Whom the outlet cites, nearest first, joined with " > ".',
  ),
  text(
    "origin",
    `coalesce((SELECT s.name FROM citation c JOIN source s ON s.id = c.source_id
                WHERE c.observation_id = x.id AND c.position = cardinality(x.cited_sources) - 1),
              x.cited_sources[cardinality(x.cited_sources)])`,
    "Where the number comes from: the source the last cited step names (an import matches it by name or alias), else that step as written.",
  ),
  {
    name: "origin_kind",
    sql: `(SELECT s.kind::text FROM citation c JOIN source s ON s.id = c.source_id
            WHERE c.observation_id = x.id AND c.position = cardinality(x.cited_sources) - 1)`,
    type: "string",
    description:
      "news_agency, government, un_ngo, research, outlet_own or other; empty when no known source matched the origin.",
  },
  text("url", "x.url", "Link to the report."),
  text("quote", "x.quote", "The exact sentence that reports the number."),
  text("note", "x.note", "The desk's note."),
  column("status", "x.status", "string", "published or retracted."),
  text("status_reason", "x.status_reason", "Why it was retracted."),
  column("check_status", "x.check_status", "string", "unchecked, checked or returned (two pairs of eyes)."),
  text("checked_by", "x.checked_by", "Who checked it or sent it back."),
  column("checked_at", isoTime("x.checked_at"), "datetime", "When it was checked (UTC)."),
  text("logged_by", "x.logged_by", "Who logged it."),
  column("logged_at", isoTime("x.logged_at"), "datetime", "When it was logged (UTC)."),
  column("version", "x.version", "integer", "Edit counter (optimistic concurrency)."),
];

/** Oldest report first, as a history reads; ties broken so two exports are byte-identical. */
const HISTORY_ORDER = "x.reported_on, x.reported_at NULLS FIRST, x.logged_at, x.id";

export function observationsCsvSelect(opts: { filters: ObservationFilters; figureSlug?: string }): string {
  const cols = OBSERVATION_COLUMNS.map((c) => `${c.sql} AS ${c.name}`).join(",\n       ");
  return `SELECT ${cols}\n  ${observationsFromWhere(opts)}\n ORDER BY ${HISTORY_ORDER}`;
}
