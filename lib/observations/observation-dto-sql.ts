// ObservationDto straight from SQL, for reads too big for Prisma's row mapping (the chart's
// kept points, the dashboard's latest values): every column comes back as text, so the mapping is
// the same through $queryRaw and raw pg, and gives exactly what toObservationDto gives —
// decimals without trailing zeros (Decimal.toFixed()), dates as YYYY-MM-DD, times as ISO UTC.
// Pure; tested against toObservationDto in tests/integration/observation-dto-sql.test.ts.
import { shiftDecimal } from "../values/decimal";
import { formatReportedValue } from "../values/format-value";
import { type Qualifier } from "../values/qualifiers";
import type { ObservationDto } from "./observation-dto";

const isoTime = (e: string) => `to_char(${e} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const isoDate = (e: string) => `to_char(${e}, 'YYYY-MM-DD')`;

/** The select list for `observation o JOIN outlet ol ON ol.id = o.outlet_id`. */
export const OBSERVATION_DTO_COLUMNS = `o.id::text AS id, o.value::text AS value, o.qualifier::text AS qualifier,
  o.low::text AS low, o.high::text AS high, ${isoDate("o.refers_start")} AS refers_start, ${isoDate("o.refers_end")} AS refers_end,
  o.refers_precision::text AS refers_precision, o.refers_label, ${isoDate("o.reported_on")} AS reported_on,
  ${isoTime("o.reported_at")} AS reported_at, ${isoTime("o.logged_at")} AS logged_at, o.cited_sources, o.url, o.quote, o.note,
  o.logged_by, o.logged_by_id, o.version, o.status::text AS status, o.status_reason, o.check_status::text AS check_status,
  o.checked_by, ${isoTime("o.checked_at")} AS checked_at, o.check_comment,
  ol.id::text AS outlet_id, ol.slug AS outlet_slug, ol.name AS outlet_name, ol.kind::text AS outlet_kind`;

/** Only what a chart point shows (ChartSource in lib/figures/chart-series.ts): no times, no check details. */
export const CHART_POINT_COLUMNS = `o.id::text AS id, o.value::text AS value, o.qualifier::text AS qualifier,
  o.low::text AS low, o.high::text AS high, ${isoDate("o.refers_start")} AS refers_start, ${isoDate("o.refers_end")} AS refers_end,
  o.refers_precision::text AS refers_precision, o.refers_label, ${isoDate("o.reported_on")} AS reported_on,
  o.cited_sources, o.url, o.quote, o.status::text AS status, o.check_status::text AS check_status,
  ol.id::text AS outlet_id, ol.slug AS outlet_slug, ol.name AS outlet_name,
  coalesce((SELECT s.name FROM citation c JOIN source s ON s.id = c.source_id
             WHERE c.observation_id = o.id AND c.position = cardinality(o.cited_sources) - 1),
           o.cited_sources[cardinality(o.cited_sources)]) AS origin`;

export type ChartPointRow = { origin?: string | null } & Pick<
  ObservationDtoRow,
  | "id"
  | "value"
  | "qualifier"
  | "low"
  | "high"
  | "refers_start"
  | "refers_end"
  | "refers_precision"
  | "refers_label"
  | "reported_on"
  | "cited_sources"
  | "url"
  | "quote"
  | "status"
  | "check_status"
  | "outlet_id"
  | "outlet_slug"
  | "outlet_name"
>;

export type ObservationDtoRow = {
  id: string;
  value: string | null;
  qualifier: string;
  low: string | null;
  high: string | null;
  refers_start: string | null;
  refers_end: string | null;
  refers_precision: string | null;
  refers_label: string | null;
  reported_on: string;
  reported_at: string | null;
  logged_at: string;
  cited_sources: string[] | null;
  url: string | null;
  quote: string;
  note: string | null;
  logged_by: string;
  logged_by_id: string | null;
  version: number;
  status: string;
  status_reason: string | null;
  check_status: string;
  checked_by: string | null;
  checked_at: string | null;
  check_comment: string | null;
  outlet_id: string;
  outlet_slug: string;
  outlet_name: string;
  outlet_kind: string;
};

/** numeric::text keeps the scale it was stored with ("43.50"); Decimal.toFixed() does not. */
const dec = (s: string | null) => (s === null ? null : s.includes(".") ? shiftDecimal(s, 0) : s);

/** The fields of an ObservationDto a chart point needs (see CHART_POINT_COLUMNS). */
export function rowToChartSource(r: ChartPointRow, unit: string) {
  const value = dec(r.value);
  const low = dec(r.low);
  const high = dec(r.high);
  const qualifier = r.qualifier as Qualifier;
  return {
    id: r.id,
    value,
    qualifier,
    low,
    high,
    display: formatReportedValue({ qualifier, value, low, high, unit }),
    refersStart: r.refers_start,
    refersEnd: r.refers_end,
    refersPrecision: r.refers_precision as ObservationDto["refersPrecision"],
    refersLabel: r.refers_label,
    reportedOn: r.reported_on,
    citedSources: r.cited_sources ?? [],
    url: r.url,
    quote: r.quote,
    status: r.status as ObservationDto["status"],
    checkStatus: r.check_status as ObservationDto["checkStatus"],
    outlet: { id: r.outlet_id, slug: r.outlet_slug, name: r.outlet_name },
    /** the source the last cited step names (lib/sources), else that step as written */
    origin: (r as ChartPointRow).origin ?? (r.cited_sources ?? []).at(-1) ?? "",
  };
}

export function rowToObservationDto(r: ObservationDtoRow, unit: string): ObservationDto {
  const base = rowToChartSource(r, unit);
  return {
    id: base.id,
    value: base.value,
    qualifier: base.qualifier,
    low: base.low,
    high: base.high,
    display: base.display,
    refersStart: base.refersStart,
    refersEnd: base.refersEnd,
    refersPrecision: base.refersPrecision,
    refersLabel: base.refersLabel,
    reportedOn: base.reportedOn,
    reportedAt: r.reported_at,
    loggedAt: r.logged_at,
    citedSources: base.citedSources,
    url: base.url,
    quote: base.quote,
    note: r.note,
    loggedBy: r.logged_by,
    loggedById: r.logged_by_id,
    version: r.version,
    status: base.status,
    statusReason: r.status_reason,
    checkStatus: base.checkStatus,
    checkedBy: r.checked_by,
    checkedAt: r.checked_at,
    checkComment: r.check_comment,
    outlet: { ...base.outlet, kind: r.outlet_kind },
  };
}
