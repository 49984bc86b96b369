import "server-only";
// The dry run of an import: every row validated, what would be created (the first 50 rows
// shown), new figures and outlets, errors by row and column, notes. Writes nothing.
import type { ParsedCsv } from "./parse-import-csv";
import { planImport } from "./plan-import";

const PREVIEW_ROWS = 50;

export async function previewImport(opts: { csv: ParsedCsv; restore?: boolean }) {
  const restore = opts.restore ?? false;
  const plan = await planImport({ csv: opts.csv, restore });
  return {
    rows: plan.rows,
    restore,
    ignoredColumns: plan.ignoredColumns,
    toCreate: plan.create.length,
    alreadyThere: plan.alreadyThere,
    newFigures: plan.newFigures,
    newOutlets: plan.newOutlets,
    newSources: plan.newSources,
    preview: plan.create.slice(0, PREVIEW_ROWS).map((r) => ({
      row: r.row,
      figureSlug: r.figureSlug,
      outlet: r.outletName,
      qualifier: r.input.qualifier,
      value: r.input.value ?? null,
      low: r.input.low ?? null,
      high: r.input.high ?? null,
      reportedOn: r.input.reportedOn,
      quote: r.input.quote,
    })),
    errors: plan.errors,
    notes: plan.notes,
  };
}
