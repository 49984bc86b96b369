import "server-only";
// Whether this server can reach PostgreSQL right now, kept in process (on globalThis, which the
// proxy and the route bundles share). Any request that fails for want of the database marks it
// down; a probe then asks every second until it answers. Meanwhile the proxy answers pages with a
// 503 page at once instead of letting each one fail slowly. Only a hint: every route still maps its
// own connection errors to 503.
import pg from "pg";
import { requireDatabaseUrl } from "../env";

const PROBE_EVERY_MS = 1_000;
const state = globalThis as unknown as { tallyDbDownSince?: number; tallyDbProbe?: NodeJS.Timeout };

export function isDatabaseMarkedDown(): boolean {
  return state.tallyDbDownSince !== undefined;
}

export function markDatabaseDown(): void {
  if (state.tallyDbDownSince !== undefined) return;
  state.tallyDbDownSince = Date.now();
  state.tallyDbProbe = setInterval(() => void probe(), PROBE_EVERY_MS);
  state.tallyDbProbe.unref?.();
}

async function probe() {
  const client = new pg.Client({ connectionString: requireDatabaseUrl(), connectionTimeoutMillis: 900 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    clearInterval(state.tallyDbProbe);
    state.tallyDbDownSince = undefined;
    state.tallyDbProbe = undefined;
  } catch {
    // still down; the next tick asks again
  } finally {
    void client.end().catch(() => {});
  }
}
