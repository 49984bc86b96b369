import "server-only";
// The listening half of live updates: ONE dedicated pg connection per server process runs
// `LISTEN tally_changes` and fans each notice out to every open /api/live stream. It reconnects
// (1 s, 2 s, … up to 30 s) when the connection drops; notices sent while it was away are read back
// from the live_change log and fanned out then, or, when it cannot tell what it missed, every
// stream is told to resync. Streams stay open meanwhile.
import { Client } from "pg";
import { replicaUrls, requireDirectDatabaseUrl } from "../env";
import { waitForReplay } from "../db/replicas";
import { readChangesSince } from "./read-changes-since";
import { LIVE_CHANNEL, type LiveNotice } from "./publish-change";

type Listener = (notice: LiveNotice) => void;
type Hub = {
  listeners: Set<Listener>;
  client: Client | null;
  connecting: boolean;
  retryMs: number;
  /** The newest id this process heard; null before the first notice. */
  lastId: string | null;
  hasBeenConnected: boolean;
  /** notices waiting for the replicas to replay them, in order */
  pending: Promise<void>;
};

// On globalThis so dev hot reloads reuse the one connection.
const g = globalThis as unknown as { tallyLiveHub?: Hub };
const hub: Hub = (g.tallyLiveHub ??= {
  listeners: new Set(),
  client: null,
  connecting: false,
  retryMs: 1000,
  lastId: null,
  hasBeenConnected: false,
  pending: Promise.resolve(),
});

const fanOut = (notice: LiveNotice) => {
  if (hub.lastId === null || BigInt(notice.id) > BigInt(hub.lastId)) hub.lastId = notice.id;
  for (const l of hub.listeners) l(notice);
};

async function connect(): Promise<void> {
  if (hub.client || hub.connecting) return;
  hub.connecting = true;
  const client = new Client({ connectionString: requireDirectDatabaseUrl(), application_name: "tally-live" });
  const retry = () => {
    if (hub.client === client) hub.client = null;
    client.removeAllListeners();
    client.on("error", () => {}); // a late error from the dead connection must not be uncaught
    client.end().catch(() => {});
    const wait = hub.retryMs;
    hub.retryMs = Math.min(hub.retryMs * 2, 30_000);
    setTimeout(() => void connect(), wait).unref?.();
  };
  try {
    client.on("error", retry);
    client.on("end", () => hub.client === client && retry());
    client.on("notification", (msg) => {
      if (msg.channel !== LIVE_CHANNEL || !msg.payload) return;
      let notice: LiveNotice;
      try {
        notice = JSON.parse(msg.payload) as LiveNotice;
      } catch {
        return; // not ours
      }
      if (replicaUrls().length === 0) return fanOut(notice);
      // Readers refetch from a replica: tell them once the replicas have the change (in order).
      hub.pending = (hub.pending ?? Promise.resolve()).then(() => afterReplay(client)).then(() => fanOut(notice));
    });
    await client.connect();
    await client.query(`LISTEN ${LIVE_CHANNEL}`);
    hub.client = client;
    hub.retryMs = 1000;
    if (hub.hasBeenConnected) await catchUp();
    hub.hasBeenConnected = true;
  } catch {
    retry();
  } finally {
    hub.connecting = false;
  }
}

/** Waits for the replicas to replay what the primary had when the notice arrived (after its commit). */
async function afterReplay(client: Client): Promise<void> {
  try {
    const { rows } = await client.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn");
    await waitForReplay({ lsn: rows[0]!.lsn });
  } catch {
    // the connection went; the notice still goes out
  }
}

/** After a reconnect: what was logged while this process was not listening, or a resync for all. */
async function catchUp() {
  const missed = hub.lastId === null ? null : await readChangesSince({ lastId: hub.lastId }).catch(() => null);
  if (missed === null) {
    for (const l of hub.listeners) l({ id: hub.lastId ?? "0", change: { kind: "resync" } });
    return;
  }
  for (const notice of missed) fanOut(notice);
}

/** Calls `listener` with every change committed anywhere; returns the unsubscribe function. */
export function subscribeChanges(opts: { listener: Listener }): () => void {
  hub.listeners.add(opts.listener);
  void connect();
  return () => hub.listeners.delete(opts.listener);
}
