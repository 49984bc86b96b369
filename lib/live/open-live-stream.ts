import "server-only";
// The server-sent event stream behind GET /api/live. Each change goes out as `id: <log id>` +
// `data: <change>`; a browser that reconnects sends the last id back (Last-Event-ID) and first
// gets what it missed from the live_change log, or `event: resync` when the log no longer reaches
// back that far. Live notices that arrive during the catch-up wait and are sent after it, once.
import { readChangesSince } from "./read-changes-since";
import { subscribeChanges } from "./subscribe-changes";
import type { LiveNotice } from "./publish-change";

const HEARTBEAT_MS = 25_000;
const RETRY_MS = 3_000;
const SEEN_KEPT = 500;

export const LIVE_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  "cache-control": "no-cache, no-transform",
  "x-accel-buffering": "no",
};

const frame = (n: LiveNotice) =>
  n.change.kind === "resync" ? `event: resync\ndata: {}\n\n` : `id: ${n.id}\ndata: ${JSON.stringify(n.change)}\n\n`;

/** Registered streams, so a shutting-down server can close them with a retry hint (closeLiveStreams). */
const g = globalThis as unknown as { tallyLiveStreams?: Set<() => void> };
const streams = (g.tallyLiveStreams ??= new Set());

export function openLiveStream(opts: { lastEventId: string | null; signal: AbortSignal }): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const seen = new Set<string>();
      let pending: LiveNotice[] | null = opts.lastEventId ? [] : null; // buffered while catching up
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const deliver = (n: LiveNotice) => {
        if (n.change.kind !== "resync") {
          if (seen.has(n.id)) return;
          seen.add(n.id);
          if (seen.size > SEEN_KEPT) seen.delete(seen.values().next().value!);
        }
        send(frame(n));
      };
      const unsubscribe = subscribeChanges({ listener: (n) => (pending ? pending.push(n) : deliver(n)) });
      const heartbeat = setInterval(() => send(": keep-alive\n\n"), HEARTBEAT_MS);
      const close = () => {
        send(`retry: ${RETRY_MS}\n: server restarting\n\n`);
        cleanup();
        try {
          controller.close();
        } catch {}
      };
      streams.add(close);
      cleanup = () => {
        clearInterval(heartbeat);
        unsubscribe();
        streams.delete(close);
      };
      opts.signal.addEventListener("abort", () => {
        cleanup();
        try {
          controller.close();
        } catch {}
      });
      send(`retry: ${RETRY_MS}\n: connected\n\n`);
      if (opts.lastEventId) {
        void readChangesSince({ lastId: opts.lastEventId })
          .catch(() => null)
          .then((missed) => {
            if (missed === null) deliver({ id: opts.lastEventId!, change: { kind: "resync" } });
            else for (const n of missed) deliver(n);
            const buffered = pending ?? [];
            pending = null;
            for (const n of buffered) deliver(n);
          });
      }
    },
    cancel() {
      cleanup();
    },
  });
}

/** On shutdown: every open stream gets a retry hint and ends, so browsers reconnect elsewhere. */
export function closeLiveStreams(): number {
  const all = [...streams];
  for (const close of all) close();
  return all.length;
}
