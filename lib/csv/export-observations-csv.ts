import "server-only";
// Observations as a streamed CSV file: one figure's history, or every figure's. Validates the
// filters, answers 404 for an unknown figure before a byte is sent, then streams COPY output.
import type pg from "pg";
import { assertExportCapacity } from "../db/pg-pool";
import { getReadPool } from "../db/read-pool";
import { parseInput } from "../validate";
import { OBSERVATION_COLUMNS, observationsCsvSelect } from "./observations-sql";
import { ZCsvExportQuery } from "./schemas";
import { openCopyCsv, toWebStream } from "./stream-copy";
import { figureSlugOrNotFound, noSuchFigure } from "../figures/no-such-figure";

export type CsvDownload = { body: ReadableStream<Uint8Array>; filename: string };

export async function exportObservationsCsv(opts: {
  pool?: pg.Pool;
  query: unknown;
  figureSlug?: string;
  today?: string;
}): Promise<CsvDownload> {
  const pool = opts.pool ?? (await getReadPool({ purpose: "export" }));
  assertExportCapacity(pool);
  const query = parseInput(ZCsvExportQuery, opts.query);
  if (opts.figureSlug !== undefined) {
    const slug = figureSlugOrNotFound(opts.figureSlug);
    if (!(await pool.query("SELECT 1 FROM figure WHERE slug = $1", [slug])).rowCount)
      throw noSuchFigure(opts.figureSlug);
  }
  const node = await openCopyCsv({
    pool,
    sql: observationsCsvSelect({ filters: query, figureSlug: opts.figureSlug }),
    bom: query.bom,
    columns: OBSERVATION_COLUMNS.map((c) => c.name),
    label: opts.figureSlug ? `history.csv ${opts.figureSlug}` : "export.csv",
  });
  const day = opts.today ?? new Date().toISOString().slice(0, 10);
  const asOf = query.asOf ? `-as-of-${query.asOf}` : "";
  const filename = opts.figureSlug
    ? `tally-${opts.figureSlug}-history${asOf}-${day}.csv`
    : `tally-observations${asOf}-${day}.csv`;
  return { body: toWebStream(node), filename };
}

export const csvHeaders = (filename: string): HeadersInit => ({
  "content-type": "text/csv; charset=utf-8; header=present",
  "content-disposition": `attachment; filename="${filename}"`,
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
});
