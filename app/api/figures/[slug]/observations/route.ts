// GET /api/figures/:slug/observations — one page of the figure's values, newest first, with the
// CSV export's filters and `?cursor=`. POST — log a new value (editors; session or API token).
import { queryObject } from "@/lib/csv/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { handleRoute } from "@/lib/http/handle-route";
import { readJsonBody } from "@/lib/http/read-json-body";
import { listObservationsPage } from "@/lib/observations/list-observations-page";
import { ZObservationCreateBody } from "@/lib/observations/api-schemas";
import { logObservation } from "@/lib/observations/log-observation";
import { parseInput } from "@/lib/validate";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: handleRoute<{ slug: string }>("viewer", async ({ req, params }) =>
    Response.json(await listObservationsPage({ figureSlug: params.slug, query: queryObject(req.url) })),
  ),
  POST: handleRoute<{ slug: string }>(
    "editor",
    async ({ req, params, actor }) => {
      const body = parseInput(ZObservationCreateBody, await readJsonBody(req));
      const created = await logObservation({ actor, input: { ...body, figureSlug: params.slug } });
      return Response.json(created, { status: 201, headers: { location: `/api/observations/${created.id}`, etag: `"${created.version}"` } });
    },
    { scope: "observations:write" },
  ),
});
