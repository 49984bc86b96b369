// The plain shape an observation leaves lib/ in: decimals as exact strings, dates as ISO
// strings. Pages, the JSON API, CSV and charts all start from this.
import type { Prisma } from "../db/generated/client";
import { formatReportedValue } from "../values/format-value";
import { type Qualifier } from "../values/qualifiers";

export const OBSERVATION_SELECT = {
  id: true,
  value: true,
  qualifier: true,
  low: true,
  high: true,
  refersStart: true,
  refersEnd: true,
  refersPrecision: true,
  refersLabel: true,
  reportedOn: true,
  reportedAt: true,
  loggedAt: true,
  citedSources: true,
  url: true,
  quote: true,
  note: true,
  loggedBy: true,
  loggedById: true,
  version: true,
  status: true,
  statusReason: true,
  checkStatus: true,
  checkedBy: true,
  checkedAt: true,
  checkComment: true,
  outlet: { select: { id: true, slug: true, name: true, kind: true } },
} satisfies Prisma.ObservationSelect;

type Row = Prisma.ObservationGetPayload<{ select: typeof OBSERVATION_SELECT }>;

export type ObservationDto = {
  id: string;
  value: string | null;
  qualifier: Qualifier;
  low: string | null;
  high: string | null;
  display: string;
  refersStart: string | null;
  refersEnd: string | null;
  refersPrecision: "day" | "month" | "year" | "fiscal_year" | null;
  refersLabel: string | null;
  reportedOn: string;
  reportedAt: string | null;
  loggedAt: string;
  citedSources: string[];
  url: string | null;
  quote: string;
  note: string | null;
  loggedBy: string;
  loggedById: string | null;
  version: number;
  status: "published" | "retracted";
  statusReason: string | null;
  checkStatus: "unchecked" | "checked" | "returned";
  checkedBy: string | null;
  checkedAt: string | null;
  checkComment: string | null;
  outlet: { id: string; slug: string; name: string; kind: string };
};

export const isoDate = (d: Date): string => d.toISOString().slice(0, 10);
const dec = (d: Prisma.Decimal | null): string | null => (d === null ? null : d.toFixed());

export function toObservationDto(row: Row, unit: string): ObservationDto {
  const value = dec(row.value);
  const low = dec(row.low);
  const high = dec(row.high);
  return {
    id: row.id,
    value,
    qualifier: row.qualifier,
    low,
    high,
    display: formatReportedValue({ qualifier: row.qualifier, value, low, high, unit }),
    refersStart: row.refersStart ? isoDate(row.refersStart) : null,
    refersEnd: row.refersEnd ? isoDate(row.refersEnd) : null,
    refersPrecision: row.refersPrecision,
    refersLabel: row.refersLabel,
    reportedOn: isoDate(row.reportedOn),
    reportedAt: row.reportedAt?.toISOString() ?? null,
    loggedAt: row.loggedAt.toISOString(),
    citedSources: row.citedSources,
    url: row.url,
    quote: row.quote,
    note: row.note,
    loggedBy: row.loggedBy,
    loggedById: row.loggedById,
    version: row.version,
    status: row.status,
    statusReason: row.statusReason,
    checkStatus: row.checkStatus,
    checkedBy: row.checkedBy,
    checkedAt: row.checkedAt?.toISOString() ?? null,
    checkComment: row.checkComment,
    outlet: row.outlet,
  };
}

/** Newest report first; same day → the one logged later wins. */
export const OBSERVATION_ORDER = [
  { reportedOn: "desc" },
  { reportedAt: { sort: "desc", nulls: "last" } },
  { loggedAt: "desc" },
] satisfies Prisma.ObservationOrderByWithRelationInput[];
