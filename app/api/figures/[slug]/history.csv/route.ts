// GET /api/figures/:slug/history.csv — the figure's full history, one row per observation,
// streamed from PostgreSQL (filters: see lib/csv/schemas.ts).
import { csvHeaders, exportObservationsCsv } from "@/lib/csv/export-observations-csv";
import { queryObject } from "@/lib/csv/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { handleRoute } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: handleRoute<{ slug: string }>(
    "viewer",
    async ({ req, params }) => {
      const csv = await exportObservationsCsv({ query: queryObject(req.url), figureSlug: params.slug });
      return new Response(csv.body, { headers: csvHeaders(csv.filename) });
    },
    { etag: "data-version" },
  ),
});
