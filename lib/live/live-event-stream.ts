import "server-only";
// Server-sent events of every committed change: one `data: {"kind":…}` message per notice from
// subscribeChanges, a comment every 25 s so proxies keep the stream open, and clean-up when the
// client goes away. GET /api/live only wraps this in handleRoute.
import { subscribeChanges } from "./subscribe-changes";

const HEARTBEAT_MS = 25_000;

export function liveEventStream(opts: { signal: AbortSignal }): Response {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const unsubscribe = subscribeChanges({ listener: (change) => send(`data: ${JSON.stringify(change)}\n\n`) });
      const heartbeat = setInterval(() => send(": keep-alive\n\n"), HEARTBEAT_MS);
      cleanup = () => {
        clearInterval(heartbeat);
        unsubscribe();
      };
      opts.signal.addEventListener("abort", () => {
        cleanup();
        try {
          controller.close();
        } catch {}
      });
      send("retry: 3000\n: connected\n\n");
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", "x-accel-buffering": "no" },
  });
}
