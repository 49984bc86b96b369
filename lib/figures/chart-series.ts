// Chart-ready points and series: one series per outlet, oldest first. Pure, so chart components
// only draw. Retracted points are kept, flagged, and hidden by the chart unless the reader asks
// for them. A point carries what is drawn and read at a glance; the tooltip's quote, sources and
// link are fetched on hover (GET /api/observations/:id) unless `details` is inlined: at 4,000
// points the quotes were most of a figure page's HTML.
import { formatPeriodWithWords } from "../format/format-date";
import type { Locale } from "../i18n/locales";
import { formatReportedValue } from "../values/format-value";
import type { ObservationDto } from "../observations/observation-dto";
import type { ConsensusPoint } from "./consensus";
import { assignSeriesStyles } from "./series-style";
import { plottedValue } from "./sparkline";

export { colorFor, PALETTE } from "./series-style";

export type ChartPoint = {
  /** reported date, ms since epoch (UTC midnight) */
  t: number;
  /** end (else start) of the period the value refers to; null when the report gives none (never guessed) */
  tr: number | null;
  y: number;
  /** [low, high] for the range band; [y, y] for a single value */
  band: [number, number];
  id: string;
  display: string;
  qualifier: ObservationDto["qualifier"];
  checkStatus: ObservationDto["checkStatus"];
  isRetracted: boolean;
  reportedOn: string;
  period: string;
  outletName: string;
  /** the tooltip's words, inlined only where a view must show them as they were (the as-of view) */
  details?: PointDetails;
};

export type PointDetails = Pick<ObservationDto, "citedSources" | "quote" | "url">;

/**
 * `origin`: the origin of the outlet's newest point (the chart can colour series by it).
 * `color` and `dash`: the outlet's line, unlike every other on the chart (series-style.ts).
 */
export type ChartSeries = {
  outletId: string;
  outletSlug: string;
  outletName: string;
  color: string;
  dash: string | null;
  origin: string;
  points: ChartPoint[];
};

export type FigureChartData = {
  series: ChartSeries[];
  consensus: ConsensusPoint[];
  /** how many published values exist (before downsampling) */
  publishedCount: number;
  retractedCount: number;
};

export const dayMs = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);

/** What a chart point is made from: an ObservationDto, or just these fields of one. */
export type ChartSource = Pick<
  ObservationDto,
  | "id"
  | "value"
  | "low"
  | "high"
  | "qualifier"
  | "display"
  | "refersStart"
  | "refersEnd"
  | "refersLabel"
  | "reportedOn"
  | "citedSources"
  | "quote"
  | "url"
  | "status"
  | "checkStatus"
> &
  Partial<Pick<ObservationDto, "refersPrecision">> & {
    outlet: Pick<ObservationDto["outlet"], "id" | "slug" | "name">;
    origin?: string;
  };

/** `lang`: a reader's language for the tooltip's words (the figure's unit is needed to say the value). */
type Lang = { locale: Locale; unit: string };
/** `hasDetails`: inline each point's quote, sources and link (else the tooltip fetches them). */
type PointOptions = { lang?: Lang; hasDetails?: boolean };

/** where the number comes from: the source its last cited step names, else that step as written */
const originOf = (o: ChartSource) => o.origin ?? o.citedSources.at(-1) ?? "";

export function toChartPoint(o: ChartSource, opts: PointOptions = {}): ChartPoint | null {
  const { lang } = opts;
  const y = plottedValue(o);
  if (y === null) return null;
  const refers = o.refersEnd ?? o.refersStart;
  return {
    t: dayMs(o.reportedOn),
    tr: refers ? dayMs(refers) : null,
    y,
    band: [o.low === null ? y : Number(o.low), o.high === null ? y : Number(o.high)],
    id: o.id,
    display: lang && lang.locale !== "en" ? formatReportedValue({ ...o, unit: lang.unit }, lang.locale) : o.display,
    qualifier: o.qualifier,
    checkStatus: o.checkStatus,
    isRetracted: o.status === "retracted",
    reportedOn: o.reportedOn,
    period: formatPeriodWithWords(o, lang?.locale),
    outletName: o.outlet.name,
    ...(opts.hasDetails ? { details: { citedSources: o.citedSources, quote: o.quote, url: o.url } } : {}),
  };
}

/** Groups points (any order) into per-outlet series, oldest first, outlets by name. */
export function toChartSeries(observations: ChartSource[], opts: PointOptions = {}): ChartSeries[] {
  const byOutlet = new Map<string, ChartSeries>();
  const originById = new Map<string, string>();
  for (const o of observations) {
    const point = toChartPoint(o, opts);
    if (!point) continue;
    let series = byOutlet.get(o.outlet.id);
    if (!series) {
      series = {
        outletId: o.outlet.id,
        outletSlug: o.outlet.slug,
        outletName: o.outlet.name,
        color: "",
        dash: null,
        origin: "",
        points: [],
      };
      byOutlet.set(o.outlet.id, series);
    }
    series.points.push(point);
    originById.set(o.id, originOf(o));
  }
  const styles = assignSeriesStyles([...byOutlet.values()].map((s) => s.outletSlug));
  for (const s of byOutlet.values()) {
    Object.assign(s, styles.get(s.outletSlug));
    s.points.sort((a, b) => a.t - b.t || a.id.localeCompare(b.id));
    const newest = s.points.at(-1);
    s.origin = newest ? (originById.get(newest.id) ?? "") : "";
  }
  return [...byOutlet.values()].sort((a, b) => a.outletName.localeCompare(b.outletName));
}
