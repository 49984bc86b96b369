// GET /api/health — {"status":"ok","db":"ok"}, or 503 with "db":"down" when PostgreSQL does not answer.
// Public even on a sign-in-only site: load balancers ask it, and it reveals nothing.
import { checkHealth } from "@/lib/db/check-health";
import { getDb } from "@/lib/db/client";
import { handleRoute } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

export const GET = handleRoute("public", async () => {
  const isUp = await checkHealth({ db: getDb() });
  return Response.json({ status: isUp ? "ok" : "degraded", db: isUp ? "ok" : "down" }, { status: isUp ? 200 : 503 });
});
