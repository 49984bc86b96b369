// GET /api/figures — every figure with its latest reported value (?topic= filters).
import { getDb } from "@/lib/db/client";
import { listFigures } from "@/lib/figures/list-figures";
import { apiRoute } from "@/lib/http/api-route";
import { handleRoute } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: handleRoute("viewer", async ({ req }) => {
    const topic = new URL(req.url).searchParams.get("topic") ?? undefined;
    return Response.json(await listFigures({ db: getDb(), query: { topic } }));
  }),
});
