// GET /api/figures/:slug/chart — what the chart draws: per-outlet series (≤ 1,000 points each,
// LTTB-downsampled keeping first, last, min and max), the consensus line, summary stats, events.
import { getFigureChart } from "@/lib/figures/get-figure-chart";
import { apiRoute } from "@/lib/http/api-route";
import { handleRoute } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: handleRoute<{ slug: string }>("viewer", async ({ params }) => {
  return Response.json(await getFigureChart({ slug: params.slug }));
}),
});
