// GET /api/alerts?status=open|acknowledged|resolved|all&figure=<slug>&rule=<rule>&q=<text> — newest first.
import { apiRoute } from "@/lib/http/api-route";
import { handleRoute } from "@/lib/http/handle-route";
import { listAlerts } from "@/lib/monitoring/list-alerts";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: handleRoute("viewer", async ({ req }) => {
  const query = Object.fromEntries(new URL(req.url).searchParams);
  return Response.json({ alerts: await listAlerts({ query }) });
}),
});
