// GET /api/figures/:slug/observations — one page of the figure's values, newest first, with the
// CSV export's filters and `?cursor=`. POST — log a new value (editors; session or API token);
// warnings first (409 with `error.warnings`) unless the body says `"force": true`.
import { queryObject } from "@/lib/csv/schemas";
import { apiRoute } from "@/lib/http/api-route";
import { handleRoute } from "@/lib/http/handle-route";
import { jsonAnswer } from "@/lib/http/json-answer";
import { readJsonBody } from "@/lib/http/read-json-body";
import { listObservationsPage } from "@/lib/observations/list-observations-page";
import { ZObservationCreateBody } from "@/lib/observations/api-schemas";
import { logObservationOrWarn } from "@/lib/observations/log-observation-or-warn";
import { parseInput } from "@/lib/validate";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: handleRoute<{ slug: string }>("viewer", async ({ req, params, actor }) =>
    jsonAnswer(
      await listObservationsPage({
        figureSlug: params.slug,
        query: queryObject(req.url),
        isAnonymousReader: actor.id === null,
      }),
    ),
  ),
  POST: handleRoute<{ slug: string }>(
    "editor",
    async ({ req, params, actor }) => {
      const { force, ...body } = parseInput(ZObservationCreateBody, await readJsonBody(req));
      const created = await logObservationOrWarn({ actor, input: { ...body, figureSlug: params.slug }, force });
      return Response.json(created, {
        status: 201,
        headers: { location: `/api/observations/${created.id}`, etag: `"${created.version}"` },
      });
    },
    { scope: "observations:write" },
  ),
});
