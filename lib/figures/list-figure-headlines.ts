import "server-only";
// Each figure's headline (lib/values/headline.ts) for a page of figures, from figure_period_outlet
// (migration figure_period_outlet): one row per outlet of the figure's latest and previous
// refers-to periods (or, when no report gives a period, of its undated reports), however many
// reports it has. headlineOf gets, per outlet and period, the newest report; for each period's
// newest report, the report before it of the same outlet (a revision compares the period without
// its newest report); and, where the outlet reported more than once, its first report standing in
// with its place in report order and the period's wordings. A stand-in never is an outlet's
// latest (its newest comes later), so its value is never read: it only keeps outlets in the order
// they first reported and the period's name (a label only when all reports agree on it) exactly
// as over all of the figure's reports. Rows go in in report order, id last, the table's own order;
// at the same place a stand-in goes before the real report.
//
// Each headline made is kept in figure_headline (migration headline_cache), per language, with the
// figure's headline stamp read in the same statement as its reports; a later read uses it only
// while the stamp, unit, monitoring settings and code (HEADLINE_CODE) are still the figure's own.
// Every statement that writes the figure's observations gives it a new stamp (the trigger's
// upsert of figure_summary draws one from a sequence), so a kept headline is never served after a
// write. The upsert goes where writes go: the primary (a
// read client's $executeRaw never goes to a replica), or the caller's transaction.
import { getDb, type DbOrTx } from "../db/client";
import type { Locale } from "../i18n/locales";
import { logger, serializeError } from "../log/logger";
import { resolveSettings } from "../monitoring/config";
import { aboutToleranceOf } from "../monitoring/thresholds";
import { shiftDecimal } from "../values/decimal";
import { headlineOf, type Headline, type HeadlineReport } from "../values/headline";
import { byReportOrderThenId } from "../values/report-order";
import { HEADLINE_CODE } from "./headline-code";

type Row = {
  figure_id: string;
  unit: string;
  settings: unknown;
  stamp: string | null;
  id: string | null;
  outlet_id: string;
  qualifier: HeadlineReport["qualifier"];
  value: string | null;
  low: string | null;
  high: string | null;
  reported_on: string;
  refers_start: string | null;
  refers_end: string | null;
  refers_label: string | null;
  refers_precision: string | null;
  logged_at: string;
  /** 0: an outlet's first report standing in (see above) */
  is_real: number;
};

/** A figure's kept headline when it is still fresh. */
type KeptRow = { figure_id: string; headline: Headline | null };

const norm = (s: string | null) => (s === null ? null : shiftDecimal(s, 0));

export async function listFigureHeadlines(opts: {
  db?: DbOrTx;
  figureIds: string[];
  locale?: Locale;
}): Promise<Map<string, Headline | null>> {
  const out = new Map<string, Headline | null>(opts.figureIds.map((id) => [id, null]));
  if (opts.figureIds.length === 0) return out;
  const db = opts.db ?? getDb();
  const locale = opts.locale ?? "en";
  const kept = await db.$queryRaw<KeptRow[]>`
    SELECT f.id::text AS figure_id, h.headline
      FROM figure f
      JOIN figure_summary s ON s.figure_id = f.id
      LEFT JOIN monitoring_config mc ON mc.figure_id = f.id
      JOIN figure_headline h
        ON h.figure_id = f.id AND h.locale = ${locale} AND h.stamp = s.headline_stamp AND h.code = ${HEADLINE_CODE}
       AND h.unit = f.unit AND h.settings IS NOT DISTINCT FROM mc.settings
     WHERE f.id = ANY (${opts.figureIds}::uuid[])`;
  for (const k of kept) out.set(k.figure_id, k.headline);
  const found = new Set(kept.map((k) => k.figure_id));
  const missing = opts.figureIds.filter((id) => !found.has(id));
  if (missing.length === 0) return out;

  const made = await makeHeadlines(db, missing, locale);
  for (const m of made) out.set(m.figureId, m.headline);
  const keep = made.filter((m) => m.stamp !== null);
  if (keep.length > 0) await keepHeadlines(db, keep, locale);
  return out;
}

type Made = { figureId: string; stamp: string | null; unit: string; settings: unknown; headline: Headline | null };

/** The headlines made afresh from figure_period_outlet, each with the stamp of what it was made of. */
async function makeHeadlines(db: DbOrTx, figureIds: string[], locale: Locale): Promise<Made[]> {
  // p1, p2: where the latest and previous periods sit (-infinity: no period given). Undated
  // reports are read only when no report gives a period. Each figure's rows are read by index,
  // figure by figure (a hash join over the whole table read all of it).
  const rows = await db.$queryRaw<Row[]>`
    WITH f AS (
      SELECT f.id, f.unit, mc.settings, s.headline_stamp, p1.at AS p1, p2.at AS p2
        FROM figure f
        LEFT JOIN figure_summary s ON s.figure_id = f.id
        LEFT JOIN monitoring_config mc ON mc.figure_id = f.id
        LEFT JOIN LATERAL (SELECT max(p.period_at) AS at FROM figure_period_outlet p WHERE p.figure_id = f.id) p1 ON true
        LEFT JOIN LATERAL (SELECT max(p.period_at) AS at FROM figure_period_outlet p
                            WHERE p.figure_id = f.id AND p.period_at < p1.at AND p.period_at > '-infinity'::date) p2 ON true
       WHERE f.id = ANY (${figureIds}::uuid[])),
    po AS MATERIALIZED (
      SELECT p.* FROM f CROSS JOIN LATERAL (SELECT p.* FROM figure_period_outlet p
                                             WHERE p.figure_id = f.id AND p.period_at IN (f.p1, f.p2) OFFSET 0) p),
    r AS (
      SELECT po.figure_id, po.newest_id AS id, po.outlet_id, po.qualifier, po.value, po.low, po.high, po.reported_on,
             po.logged_at, po.refers_label, po.period_start, po.period_end, po.refers_precision, 1 AS is_real
        FROM po
      UNION ALL
      SELECT po.figure_id, po.first_id, po.outlet_id, po.qualifier, po.value, po.low, po.high, po.first_reported_on,
             po.first_logged_at, l.label, po.period_start, po.period_end, po.first_refers_precision, 0
        FROM po CROSS JOIN LATERAL unnest(CASE WHEN cardinality(po.labels) > 0 THEN po.labels ELSE ARRAY[po.refers_label] END) l(label)
       WHERE po.first_id <> po.newest_id
      UNION ALL
      SELECT o.figure_id, o.id, o.outlet_id, o.qualifier, o.value, o.low, o.high, o.reported_on, o.logged_at,
             o.refers_label, n.period_start, n.period_end, o.refers_precision, 1
        FROM (SELECT DISTINCT ON (figure_id, period_start, period_end) figure_id, period_start, period_end, previous_id FROM po
               ORDER BY figure_id, period_start, period_end, reported_on DESC, logged_at DESC, newest_id DESC) n
        JOIN observation o ON o.id = n.previous_id)
    SELECT f.id::text AS figure_id, f.unit, f.settings, f.headline_stamp::text AS stamp, r.id::text AS id,
           r.outlet_id::text AS outlet_id, r.qualifier::text AS qualifier,
           r.value::text AS value, r.low::text AS low, r.high::text AS high, to_char(r.reported_on, 'YYYY-MM-DD') AS reported_on,
           to_char(nullif(r.period_start, '-infinity'::date), 'YYYY-MM-DD') AS refers_start,
           to_char(nullif(r.period_end, '-infinity'::date), 'YYYY-MM-DD') AS refers_end, r.refers_label,
           r.refers_precision::text AS refers_precision,
           to_char(r.logged_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS logged_at, r.is_real
      FROM f LEFT JOIN r ON r.figure_id = f.id`;

  const byFigure = new Map<string, { stamp: string | null; unit: string; settings: unknown; rows: Row[] }>();
  for (const row of rows) {
    let entry = byFigure.get(row.figure_id);
    if (!entry)
      byFigure.set(row.figure_id, (entry = { stamp: row.stamp, unit: row.unit, settings: row.settings, rows: [] }));
    if (row.id !== null) entry.rows.push(row);
  }
  return [...byFigure].map(([figureId, { stamp, unit, settings, rows }]) => {
    // Report order, id last; at the same place a stand-in goes before the real report.
    const reports = rows
      .map((row) => ({ report: toReport(row), isReal: row.is_real }))
      .sort((a, b) => byReportOrderThenId(a.report, b.report) || a.isReal - b.isReal)
      .map((r) => r.report);
    const tolerance = aboutToleranceOf(resolveSettings(settings));
    return { figureId, stamp, unit, settings, headline: headlineOf({ reports, unit, tolerance, locale }) };
  });
}

/**
 * Keeps headlines made for the next reader. A newer stamp (or another code's) replaces an older
 * one; an older never replaces a newer (a replica's reader may be behind). A failure only costs
 * the next reader the making.
 */
async function keepHeadlines(db: DbOrTx, made: Made[], locale: Locale) {
  const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
  try {
    await db.$executeRaw`
      INSERT INTO figure_headline (figure_id, locale, stamp, code, unit, settings, headline)
      SELECT k.figure_id, ${locale}, k.stamp, ${HEADLINE_CODE}, k.unit, k.settings, coalesce(k.headline, 'null'::json)
        FROM unnest(${made.map((m) => m.figureId)}::uuid[], ${made.map((m) => m.stamp)}::bigint[],
                    ${made.map((m) => m.unit)}::text[], ${made.map((m) => json(m.settings))}::jsonb[],
                    ${made.map((m) => json(m.headline))}::json[]) k(figure_id, stamp, unit, settings, headline)
       ORDER BY k.figure_id
      ON CONFLICT (figure_id, locale) DO UPDATE
         SET stamp = EXCLUDED.stamp, code = EXCLUDED.code, unit = EXCLUDED.unit, settings = EXCLUDED.settings,
             headline = EXCLUDED.headline
       WHERE figure_headline.stamp < EXCLUDED.stamp OR figure_headline.code <> EXCLUDED.code
          OR figure_headline.unit <> EXCLUDED.unit OR figure_headline.settings IS DISTINCT FROM EXCLUDED.settings`;
  } catch (e) {
    logger.warn({ err: serializeError(e) }, "could not keep the figures' headlines");
  }
}

const toReport = (row: Row): HeadlineReport => ({
  id: row.id!,
  outletId: row.outlet_id,
  qualifier: row.qualifier,
  value: norm(row.value),
  low: norm(row.low),
  high: norm(row.high),
  reportedOn: row.reported_on,
  refersStart: row.refers_start,
  refersEnd: row.refers_end,
  refersLabel: row.refers_label,
  refersPrecision: row.refers_precision,
  loggedAt: row.logged_at,
});
