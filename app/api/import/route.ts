// POST /api/import — the body is a CSV file (the export's columns). Without ?commit=1 it is a
// dry run: every row validated, what would be created, errors by row and column. With
// ?commit=1 it writes everything in one transaction, or nothing (422 with every row's errors).
// Editors only. Who logged and checked each value is the importer / unchecked, unless an admin
// sends ?restore=1.
import { queryObject } from "@/lib/csv/schemas";
import { AppError } from "@/lib/errors";
import { apiRoute } from "@/lib/http/api-route";
import { handleRoute } from "@/lib/http/handle-route";
import { readUpload } from "@/lib/http/read-upload";
import { commitImport } from "@/lib/imports/commit-import";
import { ZImportQuery } from "@/lib/imports/import-schemas";
import { MAX_IMPORT_BYTES, parseImportCsv } from "@/lib/imports/parse-import-csv";
import { previewImport } from "@/lib/imports/preview-import";
import { parseInput } from "@/lib/validate";

export const dynamic = "force-dynamic";
export const maxDuration = 600;

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  POST: handleRoute(
    "editor",
    async ({ req, actor }) => {
      const { commit, restore } = parseInput(ZImportQuery, queryObject(req.url));
      // Refused before the upload is read: an editor cannot restore provenance.
      if (restore && actor.role !== "admin")
        throw new AppError("forbidden", "Only an admin can restore a file with its provenance.");
      const csv = await parseImportCsv(await readUpload(req, MAX_IMPORT_BYTES));
      if (!commit) return Response.json(await previewImport({ csv, restore }));
      return Response.json(await commitImport({ actor, csv, restore }), { status: 201 });
    },
    { scope: "observations:write" },
  ),
});
