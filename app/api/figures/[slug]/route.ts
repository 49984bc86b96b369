// GET /api/figures/:slug — the figure, every observation (newest first) and its chart events.
// `?asOf=2025-10-26` (or an ISO time): the same shape, as the desk knew it then.
import { getFigure } from "@/lib/figures/get-figure";
import { getFigureAsOf } from "@/lib/figures/get-figure-as-of";
import { apiRoute } from "@/lib/http/api-route";
import { handleRoute } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: handleRoute<{ slug: string }>("viewer", async ({ req, params }) => {
    const asOf = new URL(req.url).searchParams.get("asOf");
    return Response.json(
      asOf ? await getFigureAsOf({ slug: params.slug, asOf }) : await getFigure({ slug: params.slug }),
    );
  }),
});
