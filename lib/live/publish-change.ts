import "server-only";
// Tells every open page that something changed: one PostgreSQL NOTIFY on the `tally_changes`
// channel. Called inside the writing transaction, so the notice goes out only if it commits.
// lib/live's listener turns these into server-sent events; pages invalidate their queries.
import type { DbOrTx } from "../db/client";

export const LIVE_CHANNEL = "tally_changes";

export type LiveChange =
  | { kind: "observation"; figureSlug: string; observationId: string }
  | { kind: "figure"; figureSlug: string }
  | { kind: "alert"; figureSlug: string | null; alertId: string };

export async function publishChange(opts: { tx: DbOrTx; change: LiveChange }): Promise<void> {
  await opts.tx.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(opts.change)})`;
}
