// GET /api/live — server-sent events: one `id:` + `data: {"kind":…}` message per committed change
// (observations, figures, alerts), fed by PostgreSQL LISTEN/NOTIFY and replayed from the live_change
// log after a reconnect (Last-Event-ID); `event: resync` when too much was missed. A comment every
// 25 s keeps proxies from closing the stream. Clients: components/live/use-live-changes.ts.
import { apiRoute } from "@/lib/http/api-route";
import { handleRoute } from "@/lib/http/handle-route";
import { LIVE_HEADERS, openLiveStream } from "@/lib/live/open-live-stream";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: handleRoute("viewer", async ({ req }) => {
    const lastEventId = req.headers.get("last-event-id") ?? new URL(req.url).searchParams.get("lastEventId");
    return new Response(openLiveStream({ lastEventId, signal: req.signal }), { headers: LIVE_HEADERS });
  }),
});
