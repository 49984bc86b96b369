// GET /api/figures/:slug/observations?page=1&pageSize=50&retracted=1 — one page of the table,
// newest first; retracted values only with retracted=1.
import { getDb } from "@/lib/db/client";
import { listFigureObservations } from "@/lib/figures/list-figure-observations";
import { handleRoute } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

export const GET = handleRoute<{ slug: string }>("viewer", async ({ req, params }) => {
  const query = Object.fromEntries(new URL(req.url).searchParams);
  return Response.json(await listFigureObservations({ db: getDb(), slug: params.slug, query }));
});
