// The tables of the whole-dataset download (export.zip), each a SELECT plus column
// descriptions; datapackage.json (Frictionless Data Package) is generated from the same list.
import { bool, column, isoDate, isoTime, text, type Column } from "./column";
import { OBSERVATION_COLUMNS, observationsCsvSelect } from "./observations-sql";

export type DatasetTable = { name: string; path: string; description: string; columns: Column[]; sql: string };

const select = (columns: Column[], from: string) =>
  `SELECT ${columns.map((c) => `${c.sql} AS ${c.name}`).join(", ")} ${from}`;

const FIGURE_COLUMNS: Column[] = [
  column("figure_id", "f.id::text", "string", "The figure's id (UUID)."),
  column("figure_slug", "f.slug", "string", "Short name used in URLs and in observations.csv."),
  text("title", "f.title", "Title."),
  text("description", "f.description", "What the figure counts."),
  text("unit", "f.unit", "Unit of its values."),
  column("kind", "f.kind::text", "string", "cumulative, level, flow or change."),
  text("topics", "array_to_string(f.topics, ' > ')", 'Topics, joined with " > ".'),
  column("is_active", bool("f.is_active"), "boolean", "Still being followed: true or false."),
  column("version", "f.version", "integer", "Edit counter."),
  column("created_at", isoTime("f.created_at"), "datetime", "When it was added (UTC)."),
];

const OUTLET_COLUMNS: Column[] = [
  column("outlet_id", "o.id::text", "string", "The outlet's id (UUID)."),
  column("outlet_slug", "o.slug", "string", "Short name, used in the outlets= filter."),
  text("name", "o.name", "Name, as in observations.csv's outlet column."),
  column("kind", "o.kind::text", "string", "wire_agency, newspaper, broadcaster, government, un_agency_ngo or other."),
  text("domains", "array_to_string(o.domains, ' > ')", 'Web domains, joined with " > ".'),
  column("version", "o.version", "integer", "Edit counter."),
];

const EVENT_COLUMNS: Column[] = [
  column("event_id", "e.id::text", "string", "The event's id (UUID)."),
  column("date", isoDate("e.date"), "date", "The day it happened."),
  text("title", "e.title", "What happened."),
  text("url", "e.url", "Link."),
  text("description", "e.description", "More detail."),
  text("topic", "e.topic", "Topic whose charts show it."),
  column(
    "figure_slugs",
    `(SELECT string_agg(f.slug, ' > ' ORDER BY f.slug) FROM "_EventToFigure" ef JOIN figure f ON f.id = ef."B" WHERE ef."A" = e.id)`,
    "string",
    'Figures whose charts show it, joined with " > ".',
  ),
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
