import "server-only";
// The listening half of live updates: ONE dedicated pg connection per server process runs
// `LISTEN tally_changes` and fans each notice out to every open /api/live stream. It reconnects
// (1 s, 2 s, … up to 30 s) when the connection drops; streams stay open meanwhile.
import { Client } from "pg";
import { requireDatabaseUrl } from "../env";
import { LIVE_CHANNEL, type LiveChange } from "./publish-change";

type Listener = (change: LiveChange) => void;
type Hub = { listeners: Set<Listener>; client: Client | null; connecting: boolean; retryMs: number };

// On globalThis so dev hot reloads reuse the one connection.
const g = globalThis as unknown as { tallyLiveHub?: Hub };
const hub: Hub = (g.tallyLiveHub ??= { listeners: new Set(), client: null, connecting: false, retryMs: 1000 });

async function connect(): Promise<void> {
  if (hub.client || hub.connecting) return;
  hub.connecting = true;
  const client = new Client({ connectionString: requireDatabaseUrl(), application_name: "tally-live" });
  const retry = () => {
    if (hub.client === client) hub.client = null;
    client.removeAllListeners();
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
      let change: LiveChange;
      try {
        change = JSON.parse(msg.payload) as LiveChange;
      } catch {
        return;
      }
      for (const l of hub.listeners) l(change);
    });
    await client.connect();
    await client.query(`LISTEN ${LIVE_CHANNEL}`);
    hub.client = client;
    hub.retryMs = 1000;
  } catch {
    retry();
  } finally {
    hub.connecting = false;
  }
}

/** Calls `listener` with every change committed anywhere; returns the unsubscribe function. */
export function subscribeChanges(opts: { listener: Listener }): () => void {
  hub.listeners.add(opts.listener);
  void connect();
  return () => hub.listeners.delete(opts.listener);
}
