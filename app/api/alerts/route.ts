// GET /api/alerts?status=open|acknowledged|resolved|all&figure=<slug>&rule=<rule>&q=<text> — newest first.
import { AppError } from "@/lib/errors";
import { apiRoute } from "@/lib/http/api-route";
import { handleRoute } from "@/lib/http/handle-route";
import { listAlerts } from "@/lib/monitoring/list-alerts";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: handleRoute("viewer", async ({ req, actor }) => {
    // The alert list and its notes are the desk's: signed-in people only (SECURITY.md).
    if (actor.id === null) throw new AppError("unauthorized", "Sign in to see alerts.");
    const query = Object.fromEntries(new URL(req.url).searchParams);
    return Response.json({ alerts: await listAlerts({ query }) });
  }),
});
