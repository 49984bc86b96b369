// GET /api/live — server-sent events: one `data: {"kind":…}` message per committed change
// (observations, figures, alerts), fed by PostgreSQL LISTEN/NOTIFY; the framing is in
// lib/live/live-event-stream.ts. Clients: components/live/use-live-changes.ts.
import { apiRoute } from "@/lib/http/api-route";
import { handleRoute } from "@/lib/http/handle-route";
import { liveEventStream } from "@/lib/live/live-event-stream";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: handleRoute("viewer", async ({ req }) => liveEventStream({ signal: req.signal })),
});
