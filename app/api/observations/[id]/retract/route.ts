// POST /api/observations/:id/retract — {"reason": "…"}; optional If-Match as for PATCH.
import { apiRoute } from "@/lib/http/api-route";
import { handleRoute } from "@/lib/http/handle-route";
import { readJsonBody } from "@/lib/http/read-json-body";
import { ZIfMatch, ZRetractBody } from "@/lib/observations/api-schemas";
import { getObservation } from "@/lib/observations/get-observation";
import { retractObservation } from "@/lib/observations/retract-observation";
import { parseInput } from "@/lib/validate";
import { z } from "zod";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  POST: handleRoute<{ id: string }>(
    "editor",
    async ({ req, params, actor }) => {
      const ifMatch = req.headers.get("if-match");
      const expectedVersion = ifMatch === null ? undefined : parseInput(z.object({ "If-Match": ZIfMatch }), { "If-Match": ifMatch })["If-Match"];
      const id = parseInput(z.object({ id: z.uuid({ error: "Not an observation id." }) }), params).id;
      const { reason } = parseInput(ZRetractBody, await readJsonBody(req));
      // Without If-Match the caller retracts whatever is stored now.
      const version = expectedVersion ?? (await getObservation({ id })).observation.version;
      const retracted = await retractObservation({ actor, input: { id, version, reason } });
      return Response.json(retracted, { headers: { etag: `"${retracted.version}"` } });
    },
    { scope: "observations:write" },
  ),
});
