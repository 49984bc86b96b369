// GET /api/outlets — every outlet, by name.
import { apiRoute } from "@/lib/http/api-route";
import { handleRoute } from "@/lib/http/handle-route";
import { listOutlets } from "@/lib/outlets/list-outlets";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: handleRoute("viewer", async () => Response.json({ outlets: await listOutlets({}) })),
});
