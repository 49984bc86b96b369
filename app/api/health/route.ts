// GET /api/health — {"status":"ok","db":"ok","pools":{…},"saturated":[]}, or 503 with "db":"down" when
// PostgreSQL does not answer. A full pool is reported, not failed: the server still serves.
// Public even on a sign-in-only site: load balancers ask it, and it reveals nothing.
import { getHealth } from "@/lib/health/check-health";
import { apiRoute } from "@/lib/http/api-route";
import { handleRoute } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: handleRoute("public", async () => {
    const health = await getHealth();
    return Response.json(health, { status: health.db === "ok" ? 200 : 503 });
  }),
});
