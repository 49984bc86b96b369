// GET /api/observations/:id — one value (the chart's tooltip fetches its quote and sources here
// on hover rather than inlining them for every point). PATCH — change a stored value.
// `If-Match: <version>` is required: 412 when the value changed since, 409 when another edit won the race.
import { apiRoute } from "@/lib/http/api-route";
import { handleRoute } from "@/lib/http/handle-route";
import { getObservation } from "@/lib/observations/get-observation";
import { readIfMatch } from "@/lib/http/read-if-match";
import { readJsonBody } from "@/lib/http/read-json-body";
import { patchObservation } from "@/lib/observations/patch-observation";
import { parseInput } from "@/lib/validate";
import { z } from "zod";

export const dynamic = "force-dynamic";

const ZIdParams = z.object({ id: z.uuid({ error: "Not an observation id." }) });

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: handleRoute<{ id: string }>("viewer", async ({ params }) => {
    const { observation } = await getObservation({ id: parseInput(ZIdParams, params).id });
    return Response.json(observation);
  }),
  PATCH: handleRoute<{ id: string }>(
    "editor",
    async ({ req, params, actor }) => {
      const expectedVersion = readIfMatch(req, { isRequired: true });
      const id = parseInput(ZIdParams, params).id;
      const updated = await patchObservation({ actor, id, expectedVersion, input: await readJsonBody(req) });
      return Response.json(updated, { headers: { etag: `"${updated.version}"` } });
    },
    { scope: "observations:write" },
  ),
});
