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
/** How long a good answer is believed: page views within it ask nothing (a CDN-fronted site sees thousands). */
const TRUST_ANSWER_MS = 1_000;
const state = globalThis as unknown as {
  tallyDbDownSince?: number;
  tallyDbProbe?: NodeJS.Timeout;
  tallyDbAnsweredAt?: number;
  tallyDbAsking?: Promise<boolean>;
};

export function isDatabaseMarkedDown(): boolean {
  return state.tallyDbDownSince !== undefined;
}

/**
 * Before a page renders: one `SELECT 1` on a pooled connection, at most once a second per process
 * (page views in the meantime share the answer, or the question while it is being asked). A page
 * that fails half-way for want of the database can only answer 500, so the proxy asks first; a
 * connection the pool still holds from before a crash fails here instead. Within the second after
 * a crash a page may still fail: its error marks the database down (instrumentation.ts), and the
 * pages after it get the 503 page.
 */
export async function isDatabaseAnswering(): Promise<boolean> {
  if (isDatabaseMarkedDown()) return false;
  if (state.tallyDbAnsweredAt !== undefined && Date.now() - state.tallyDbAnsweredAt < TRUST_ANSWER_MS) return true;
  state.tallyDbAsking ??= askDatabase().finally(() => (state.tallyDbAsking = undefined));
  return state.tallyDbAsking;
}

async function askDatabase(): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), 2_000).unref?.());
  const probe = getPgPool()
    .query("SELECT 1")
    .then(() => true)
    .catch(() => false);
  const isUp = await Promise.race([probe, timeout]);
  if (isUp) state.tallyDbAnsweredAt = Date.now();
  else markDatabaseDown();
  return isUp;
}

export function markDatabaseDown(): void {
  state.tallyDbAnsweredAt = undefined;
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
