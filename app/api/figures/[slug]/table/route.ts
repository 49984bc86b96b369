// GET /api/figures/:slug/table?page=1&pageSize=50&retracted=1 — one page of the figure page's
// table, newest first; retracted values only with retracted=1. (Programs that want every value
// use the cursor-paged /api/figures/:slug/observations.)
import { listFigureObservations } from "@/lib/figures/list-figure-observations";
import { apiRoute } from "@/lib/http/api-route";
import { handleRoute } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: handleRoute<{ slug: string }>("viewer", async ({ req, params }) => {
    const query = Object.fromEntries(new URL(req.url).searchParams);
    return Response.json(await listFigureObservations({ slug: params.slug, query }));
  }),
});
