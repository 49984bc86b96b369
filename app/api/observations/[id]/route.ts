// PATCH /api/observations/:id — change a stored value. `If-Match: <version>` is required:
// 412 when the value changed since, 409 when another edit won the race.
import { AppError } from "@/lib/errors";
import { apiRoute } from "@/lib/http/api-route";
import { handleRoute } from "@/lib/http/handle-route";
import { readJsonBody } from "@/lib/http/read-json-body";
import { ZIfMatch } from "@/lib/observations/api-schemas";
import { patchObservation } from "@/lib/observations/patch-observation";
import { parseInput } from "@/lib/validate";
import { z } from "zod";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  PATCH: handleRoute<{ id: string }>(
    "editor",
    async ({ req, params, actor }) => {
      const ifMatch = req.headers.get("if-match");
      if (ifMatch === null) throw new AppError("precondition_required", "Send If-Match with the version you edited (the observation's `version`).");
      const expectedVersion = parseInput(z.object({ "If-Match": ZIfMatch }), { "If-Match": ifMatch })["If-Match"];
      const id = parseInput(z.object({ id: z.uuid({ error: "Not an observation id." }) }), params).id;
      const updated = await patchObservation({ actor, id, expectedVersion, input: await readJsonBody(req) });
      return Response.json(updated, { headers: { etag: `"${updated.version}"` } });
    },
    { scope: "observations:write" },
  ),
});
