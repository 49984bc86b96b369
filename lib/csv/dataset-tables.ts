// The tables of the whole-dataset download (export.zip), each a SELECT plus column
// descriptions; datapackage.json (Frictionless Data Package) is generated from the same list.
import { neutralizeSql, OBSERVATION_COLUMNS, observationsCsvSelect, type Column } from "./observations-sql";

export type DatasetTable = { name: string; path: string; description: string; columns: Column[]; sql: string };

const text = (name: string, expr: string, description: string): Column => ({
  name,
  sql: neutralizeSql(expr),
  type: "string",
  description,
});
const isoTime = (expr: string) => `to_char(${expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** true/false, not COPY's t/f (which spreadsheets and most CSV readers do not take for a boolean) */
const bool = (expr: string) => `CASE WHEN ${expr} THEN 'true' ELSE 'false' END`;
const select = (columns: Column[], from: string) =>
  `SELECT ${columns.map((c) => `${c.sql} AS ${c.name}`).join(", ")} ${from}`;

const FIGURE_COLUMNS: Column[] = [
  { name: "figure_id", sql: "f.id::text", type: "string", description: "The figure's id (UUID)." },
  {
    name: "figure_slug",
    sql: "f.slug",
    type: "string",
    description: "Short name used in URLs and in observations.csv.",
  },
  text("title", "f.title", "Title."),
  text("description", "f.description", "What the figure counts."),
  text("unit", "f.unit", "Unit of its values."),
  { name: "kind", sql: "f.kind::text", type: "string", description: "cumulative, level, flow or change." },
  text("topics", "array_to_string(f.topics, ' > ')", 'Topics, joined with " > ".'),
  { name: "is_active", sql: bool("f.is_active"), type: "boolean", description: "Still being followed: true or false." },
  { name: "version", sql: "f.version", type: "integer", description: "Edit counter." },
  { name: "created_at", sql: isoTime("f.created_at"), type: "datetime", description: "When it was added (UTC)." },
];

const OUTLET_COLUMNS: Column[] = [
  { name: "outlet_id", sql: "o.id::text", type: "string", description: "The outlet's id (UUID)." },
  { name: "outlet_slug", sql: "o.slug", type: "string", description: "Short name, used in the outlets= filter." },
  text("name", "o.name", "Name, as in observations.csv's outlet column."),
  {
    name: "kind",
    sql: "o.kind::text",
    type: "string",
    description: "wire_agency, newspaper, broadcaster, government, un_agency_ngo or other.",
  },
  text("domains", "array_to_string(o.domains, ' > ')", 'Web domains, joined with " > ".'),
  { name: "version", sql: "o.version", type: "integer", description: "Edit counter." },
];

const EVENT_COLUMNS: Column[] = [
  { name: "event_id", sql: "e.id::text", type: "string", description: "The event's id (UUID)." },
  { name: "date", sql: "to_char(e.date, 'YYYY-MM-DD')", type: "date", description: "The day it happened." },
  text("title", "e.title", "What happened."),
  text("url", "e.url", "Link."),
  text("description", "e.description", "More detail."),
  text("topic", "e.topic", "Topic whose charts show it."),
  {
    name: "figure_slugs",
    sql: `(SELECT string_agg(f.slug, ' > ' ORDER BY f.slug) FROM "_EventToFigure" ef JOIN figure f ON f.id = ef."B" WHERE ef."A" = e.id)`,
    type: "string",
    description: 'Figures whose charts show it, joined with " > ".',
  },
];

export const DATASET_TABLES: DatasetTable[] = [
  {
    name: "observations",
    path: "observations.csv",
    description: "Every value with its provenance (retracted ones too, see status), oldest report first.",
    columns: OBSERVATION_COLUMNS,
    sql: observationsCsvSelect({ filters: { includeRetracted: true } }),
  },
  {
    name: "figures",
    path: "figures.csv",
    description: "The figures being followed.",
    columns: FIGURE_COLUMNS,
    sql: `${select(FIGURE_COLUMNS, "FROM figure f")} ORDER BY f.slug`,
  },
  {
    name: "outlets",
    path: "outlets.csv",
    description: "The outlets that reported them.",
    columns: OUTLET_COLUMNS,
    sql: `${select(OUTLET_COLUMNS, "FROM outlet o")} ORDER BY o.slug`,
  },
  {
    name: "events",
    path: "events.csv",
    description: "Dated events drawn on the charts.",
    columns: EVENT_COLUMNS,
    sql: `${select(EVENT_COLUMNS, "FROM event e")} ORDER BY e.date, e.title`,
  },
];

/** Frictionless Data Package (https://specs.frictionlessdata.io/data-package/) describing every column. */
export function dataPackage(opts: { created: string }) {
  return {
    profile: "tabular-data-package",
    name: "tally-export",
    title: "Tally: reported figures and their provenance",
    created: opts.created,
    resources: DATASET_TABLES.map((t) => ({
      name: t.name,
      path: t.path,
      profile: "tabular-data-resource",
      description: t.description,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: t.columns.map((c) => ({
          name: c.name,
          type: c.type,
          description: c.description,
          ...(c.type === "datetime" ? { format: "any" } : {}),
        })),
        ...(t.name === "observations" ? { primaryKey: ["observation_id"] } : {}),
      },
    })),
  };
}
