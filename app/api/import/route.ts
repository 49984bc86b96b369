// POST /api/import — the body is a CSV file (the export's columns). Without ?commit=1 it is a
// dry run: every row validated, what would be created, errors by row and column. With
// ?commit=1 it writes everything in one transaction, or nothing. Editors only. Who logged and
// checked each value is the importer / unchecked, unless an admin sends ?restore=1.
import { AppError, toErrorBody } from "@/lib/errors";
import { apiRoute } from "@/lib/http/api-route";
import { handleRoute } from "@/lib/http/handle-route";
import { readUpload } from "@/lib/http/read-upload";
import { commitImport, ImportRefused } from "@/lib/imports/commit-import";
import { ZImportQuery } from "@/lib/imports/import-schemas";
import { MAX_IMPORT_BYTES, parseImportCsv } from "@/lib/imports/parse-import-csv";
import { planImport } from "@/lib/imports/plan-import";
import { queryObject } from "@/lib/csv/schemas";
import { parseInput } from "@/lib/validate";

export const dynamic = "force-dynamic";
export const maxDuration = 600;

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  POST: handleRoute(
    "editor",
    async ({ req, actor }) => {
      const { commit, restore } = parseInput(ZImportQuery, queryObject(req.url));
      if (restore && actor.role !== "admin") throw new AppError("forbidden", "Only an admin can restore a file with its provenance.");
      const csv = await parseImportCsv(await readUpload(req, MAX_IMPORT_BYTES));
      if (!commit) {
        const plan = await planImport({ csv, restore });
        return Response.json({
          rows: plan.rows,
          restore,
          ignoredColumns: plan.ignoredColumns,
          toCreate: plan.create.length,
          alreadyThere: plan.alreadyThere,
          newFigures: plan.newFigures,
          newOutlets: plan.newOutlets,
          newSources: plan.newSources,
          preview: plan.create.slice(0, 50).map((r) => ({ row: r.row, figureSlug: r.figureSlug, outlet: r.outletName, qualifier: r.input.qualifier, value: r.input.value ?? null, low: r.input.low ?? null, high: r.input.high ?? null, reportedOn: r.input.reportedOn, quote: r.input.quote })),
          errors: plan.errors,
          notes: plan.notes,
        });
      }
      try {
        return Response.json(await commitImport({ actor, csv, restore }), { status: 201 });
      } catch (e) {
        if (!(e instanceof ImportRefused)) throw e;
        return Response.json({ error: { ...toErrorBody(e).error, rows: e.errors } }, { status: 422 });
      }
    },
    { scope: "observations:write" },
  ),
});
