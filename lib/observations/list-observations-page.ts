import "server-only";
// One page of a figure's observations for the JSON API: newest report first, the same filters
// as the CSV export (lib/csv/schemas.ts), keyset pagination with an opaque cursor, so page
// 500 costs what page 1 does. Raw pg (one query), shaped exactly like ObservationDto.
import type pg from "pg";
import { getReadPool } from "../db/read-pool";
import { observationsFromWhere } from "../csv/observations-sql";
import { ZObservationFilters } from "../csv/schemas";
import { AppError } from "../errors";
import { parseInput } from "../validate";
import { z } from "zod";
import { formatReportedValue } from "../values/format-value";
import { type Qualifier } from "../values/qualifiers";
import type { ObservationDto } from "./observation-dto";
import { figureSlugOrNotFound, noSuchFigure } from "../figures/no-such-figure";

export const ZObservationPageQuery = ZObservationFilters.safeExtend({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(100)
    .meta({ description: "Page size (1–1000, default 100)." }),
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{10,200}$/, "Use the nextCursor of the previous page.")
    .optional()
    .meta({ description: "nextCursor from the previous page." }),
});

export type ObservationPage = { observations: ObservationDto[]; nextCursor: string | null };

type Cursor = [reportedOn: string, loggedAt: string, id: string];
const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString("base64url");
function decodeCursor(text: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (Array.isArray(c) && c.length === 3 && c.every((v) => typeof v === "string") && !Number.isNaN(Date.parse(c[1])))
      return c as Cursor;
  } catch {}
  throw new AppError("validation_failed", "The cursor is not valid.", {
    cursor: ["Use the nextCursor of the previous page."],
  });
}

const ISO_T = (e: string) => `to_char(${e} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const ISO_D = (e: string) => `to_char(${e}, 'YYYY-MM-DD')`;
const columns = (
  isAnonymousReader: boolean,
) => `x.id::text AS id, f.unit, x.value::text AS value, x.qualifier, x.low::text AS low, x.high::text AS high,
  ${ISO_D("x.refers_start")} AS "refersStart", ${ISO_D("x.refers_end")} AS "refersEnd", x.refers_precision AS "refersPrecision",
  x.refers_label AS "refersLabel", ${ISO_D("x.reported_on")} AS "reportedOn", ${ISO_T("x.reported_at")} AS "reportedAt",
  ${ISO_T("x.logged_at")} AS "loggedAt", x.cited_sources AS "citedSources", x.url, x.quote, x.note, x.logged_by AS "loggedBy",
  x.version, x.status, x.status_reason AS "statusReason", x.check_status AS "checkStatus", x.checked_by AS "checkedBy",
  ${ISO_T("x.checked_at")} AS "checkedAt", x.outlet, x.outlet_slug, x.outlet_kind, x.outlet_id,
  ${isAnonymousReader ? "NULL" : "x.logged_by_id"} AS "loggedById", ${isAnonymousReader ? "NULL" : "x.check_comment"} AS "checkComment"`;

/**
 * `isAnonymousReader`: leave out what anonymous readers do not get (lib/http/redact-for-anonymous.ts)
 * in SQL, so handleRoute finds nothing to redact and sends the body as it is.
 */
export async function listObservationsPage(opts: {
  pool?: pg.Pool;
  figureSlug: string;
  query: unknown;
  isAnonymousReader?: boolean;
}): Promise<ObservationPage> {
  const pool = opts.pool ?? (await getReadPool());
  const q = parseInput(ZObservationPageQuery, opts.query);
  const slug = figureSlugOrNotFound(opts.figureSlug);
  const params: unknown[] = [q.limit + 1];
  let after = "";
  if (q.cursor) {
    const c = decodeCursor(q.cursor);
    params.push(...c);
    after = `(x.reported_on, x.logged_at, x.id) < ($2::date, $3::timestamptz, $4::uuid)`;
  }
  let sql = `SELECT ${columns(opts.isAnonymousReader ?? false)} ${observationsFromWhere({ filters: q, figureSlug: slug })}`;
  if (after) sql += sql.includes("\n WHERE ") ? `\n   AND ${after}` : `\n WHERE ${after}`;
  sql += `\n ORDER BY x.reported_on DESC, x.logged_at DESC, x.id DESC LIMIT $1`;
  const { rows } = await pool.query(sql, params);
  // Whether the figure exists is asked only when the page is empty: one round trip per page, not two.
  if (rows.length === 0 && !(await pool.query("SELECT 1 FROM figure WHERE slug = $1", [slug])).rowCount)
    throw noSuchFigure(opts.figureSlug);
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    observations: page.map(toDto),
    // loggedAt is timestamptz(3): its ISO text (milliseconds) is the exact stored value.
    nextCursor: rows.length > q.limit && last ? encodeCursor([last.reportedOn, last.loggedAt, last.id]) : null,
  };
}

// Mirrors toObservationDto (the Prisma path) so both JSON shapes are the same.
function toDto(r: Record<string, unknown>): ObservationDto {
  const s = (k: string) => r[k] as string | null;
  return {
    id: r.id as string,
    value: s("value"),
    qualifier: r.qualifier as Qualifier,
    low: s("low"),
    high: s("high"),
    display: formatReportedValue({
      qualifier: r.qualifier as Qualifier,
      value: s("value"),
      low: s("low"),
      high: s("high"),
      unit: r.unit as string,
    }),
    refersStart: s("refersStart"),
    refersEnd: s("refersEnd"),
    refersPrecision: r.refersPrecision as ObservationDto["refersPrecision"],
    refersLabel: s("refersLabel"),
    reportedOn: r.reportedOn as string,
    reportedAt: s("reportedAt"),
    loggedAt: r.loggedAt as string,
    citedSources: r.citedSources as string[],
    url: s("url"),
    quote: r.quote as string,
    note: s("note"),
    loggedBy: r.loggedBy as string,
    loggedById: s("loggedById"),
    version: r.version as number,
    status: r.status as ObservationDto["status"],
    statusReason: s("statusReason"),
    checkStatus: r.checkStatus as ObservationDto["checkStatus"],
    checkedBy: s("checkedBy"),
    checkedAt: s("checkedAt"),
    checkComment: s("checkComment"),
    outlet: {
      id: r.outlet_id as string,
      slug: r.outlet_slug as string,
      name: r.outlet as string,
      kind: r.outlet_kind as string,
    },
  };
}
