import "server-only";
// Tells every open page that something changed. The change is written to the `live_change` log
// and announced with NOTIFY on `tally_changes`, in one statement inside the writing transaction, so
// both happen only if it commits. The log's id is the SSE event id: a page that reconnects sends it
// back (Last-Event-ID) and gets what it missed (lib/live/open-live-stream.ts).
import type { DbOrTx } from "../db/client";

export const LIVE_CHANNEL = "tally_changes";

export type LiveChange =
  | { kind: "observation"; figureSlug: string; observationId: string }
  | { kind: "figure"; figureSlug: string }
  | { kind: "alert"; figureSlug: string | null; alertId: string }
  /** The site settings changed (sign-in only…): each server drops its cached copy. */
  | { kind: "settings" }
  /** Sent by the server, never published: "you may have missed changes; refetch everything". */
  | { kind: "resync" };

/** What the NOTIFY carries: the log row's id (a bigint as a string) and the change. */
export type LiveNotice = { id: string; change: LiveChange };

export async function publishChange(opts: { tx: DbOrTx; change: Exclude<LiveChange, { kind: "resync" }> }) {
  const payload = JSON.stringify(opts.change);
  await opts.tx.$executeRaw`
    WITH logged AS (INSERT INTO live_change (payload) VALUES (${payload}::jsonb) RETURNING id)
    SELECT pg_notify(${LIVE_CHANNEL}, json_build_object('id', id::text, 'change', ${payload}::jsonb)::text)
    FROM logged`;
}
