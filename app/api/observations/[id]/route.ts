// PATCH /api/observations/:id — change a stored value. `If-Match: <version>` is required:
// 412 when the value changed since, 409 when another edit won the race.
import { apiRoute } from "@/lib/http/api-route";
import { handleRoute } from "@/lib/http/handle-route";
import { readIfMatch } from "@/lib/http/read-if-match";
import { readJsonBody } from "@/lib/http/read-json-body";
import { patchObservation } from "@/lib/observations/patch-observation";
import { parseInput } from "@/lib/validate";
import { z } from "zod";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  PATCH: handleRoute<{ id: string }>(
    "editor",
    async ({ req, params, actor }) => {
      const expectedVersion = readIfMatch(req, { isRequired: true });
      const id = parseInput(z.object({ id: z.uuid({ error: "Not an observation id." }) }), params).id;
      const updated = await patchObservation({ actor, id, expectedVersion, input: await readJsonBody(req) });
      return Response.json(updated, { headers: { etag: `"${updated.version}"` } });
    },
    { scope: "observations:write" },
  ),
});
