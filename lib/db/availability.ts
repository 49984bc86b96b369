import "server-only";
// Whether this server can reach PostgreSQL right now, kept in process (on globalThis, which the
// proxy and the route bundles share). Any request that fails for want of the database marks it
// down; a probe then asks every second until it answers. Meanwhile the proxy answers pages with a
// 503 page at once instead of letting each one fail slowly. Only a hint: every route still maps its
// own connection errors to 503.
import pg from "pg";
import { requireDatabaseUrl } from "../env";
import { getPgPool } from "./pg-pool";

const PROBE_EVERY_MS = 1_000;
const state = globalThis as unknown as { tallyDbDownSince?: number; tallyDbProbe?: NodeJS.Timeout };

export function isDatabaseMarkedDown(): boolean {
  return state.tallyDbDownSince !== undefined;
}

/**
 * Before a page renders: one `SELECT 1` on a pooled connection (a fraction of a millisecond when
 * all is well). A page that fails half-way for want of the database can only answer 500, so the
 * proxy asks first; a connection the pool still holds from before a crash fails here instead.
 */
export async function isDatabaseAnswering(): Promise<boolean> {
  if (isDatabaseMarkedDown()) return false;
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), 2_000).unref?.());
  const probe = getPgPool()
    .query("SELECT 1")
    .then(() => true)
    .catch(() => false);
  const isUp = await Promise.race([probe, timeout]);
  if (!isUp) markDatabaseDown();
  return isUp;
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
