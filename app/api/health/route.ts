// GET /api/health — {"status":"ok","db":"ok"}, or 503 with "db":"down" when PostgreSQL does not answer.
// Public even on a sign-in-only site: load balancers ask it, and it reveals nothing.
import { checkHealth } from "@/lib/health/check-health";
import { apiRoute } from "@/lib/http/api-route";
import { handleRoute } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: handleRoute("public", async () => {
  const isUp = await checkHealth({});
  return Response.json({ status: isUp ? "ok" : "degraded", db: isUp ? "ok" : "down" }, { status: isUp ? 200 : 503 });
  }),
});
