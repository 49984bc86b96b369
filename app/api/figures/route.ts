// GET /api/figures — the dashboard's cards (?topic=, ?q= full-text, ?sort=recent|disagreement|title, ?page=).
import { listFigures } from "@/lib/figures/list-figures";
import { apiRoute } from "@/lib/http/api-route";
import { handleRoute } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: handleRoute("viewer", async ({ req }) => {
    const query = Object.fromEntries(new URL(req.url).searchParams);
    return Response.json(await listFigures({ query }));
  }),
});
