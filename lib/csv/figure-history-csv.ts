// A figure's full history as CSV (RFC 4180: header row, quoted where needed, CRLF, UTF-8):
// one row per observation with every provenance column.
import { stringify } from "csv-stringify/sync";
import type { FigureDetail } from "../figures/get-figure";
import type { ObservationDto } from "../observations/observation-dto";
import { neutralizeFormula } from "./neutralize-formula";

type Column = { header: string; cell: (o: ObservationDto, f: FigureDetail["figure"]) => string | null; isText?: boolean };

export const HISTORY_COLUMNS: Column[] = [
  { header: "observation_id", cell: (o) => o.id },
  { header: "figure_slug", cell: (_, f) => f.slug },
  { header: "figure_title", cell: (_, f) => f.title, isText: true },
  { header: "unit", cell: (_, f) => f.unit, isText: true },
  { header: "qualifier", cell: (o) => o.qualifier },
  { header: "value", cell: (o) => o.value },
  { header: "low", cell: (o) => o.low },
  { header: "high", cell: (o) => o.high },
  { header: "as_reported", cell: (o) => o.display, isText: true },
  { header: "refers_start", cell: (o) => o.refersStart },
  { header: "refers_end", cell: (o) => o.refersEnd },
  { header: "refers_precision", cell: (o) => o.refersPrecision },
  { header: "refers_label", cell: (o) => o.refersLabel, isText: true },
  { header: "reported_on", cell: (o) => o.reportedOn },
  { header: "reported_at", cell: (o) => o.reportedAt },
  { header: "outlet", cell: (o) => o.outlet.name, isText: true },
  { header: "outlet_kind", cell: (o) => o.outlet.kind },
  { header: "cited_sources", cell: (o) => o.citedSources.join(" > "), isText: true },
  { header: "url", cell: (o) => o.url, isText: true },
  { header: "quote", cell: (o) => o.quote, isText: true },
  { header: "note", cell: (o) => o.note, isText: true },
  { header: "status", cell: (o) => o.status },
  { header: "logged_by", cell: (o) => o.loggedBy, isText: true },
  { header: "logged_at", cell: (o) => o.loggedAt },
  { header: "version", cell: (o) => String(o.version) },
];

/** Oldest report first, as a history reads. */
export function figureHistoryCsv(detail: FigureDetail): string {
  const rows = detail.observations
    .slice()
    .reverse()
    .map((o) =>
      HISTORY_COLUMNS.map((c) => {
        const v = c.cell(o, detail.figure);
        return v === null ? "" : c.isText ? neutralizeFormula(v) : v;
      }),
    );
  return stringify([HISTORY_COLUMNS.map((c) => c.header), ...rows], { record_delimiter: "windows" });
}
