// GET /api/export.csv — every figure's observations in one CSV, streamed from PostgreSQL
// (filters: see lib/csv/schemas.ts).
import { csvHeaders, exportObservationsCsv } from "@/lib/csv/export-observations-csv";
import { queryObject } from "@/lib/csv/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { handleRoute } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: handleRoute(
    "viewer",
    async ({ req }) => {
      const csv = await exportObservationsCsv({ query: queryObject(req.url) });
      return new Response(csv.body, { headers: csvHeaders(csv.filename) });
    },
    { etag: "data-version" },
  ),
});
