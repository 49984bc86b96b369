// GET /api/events — every dated event drawn on charts, oldest first.
import { listPublicEvents } from "@/lib/events/list-public-events";
import { apiRoute } from "@/lib/http/api-route";
import { handleRoute } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: handleRoute("viewer", async () => Response.json({ events: await listPublicEvents({}) })),
});
