// GET /api/figures/:slug — the figure, every observation (newest first) and its chart events.
import { getDb } from "@/lib/db/client";
import { getFigure } from "@/lib/figures/get-figure";
import { apiRoute } from "@/lib/http/api-route";
import { handleRoute } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: handleRoute<{ slug: string }>("viewer", async ({ params }) => Response.json(await getFigure({ db: getDb(), slug: params.slug }))),
});
