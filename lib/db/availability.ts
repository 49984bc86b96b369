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
/**
 * How long a good answer is believed. Zero: a page that renders in the second after a crash can only
 * answer 500 (tests/e2e/supervisor.spec.ts saw it at 1 s), so each page view asks (one `SELECT 1`;
 * views at the same moment share the question). A cache or CDN in front keeps cached views off it.
 */
const TRUST_ANSWER_MS = 0;
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
 * Before a page renders: one `SELECT 1` on a pooled connection (page views at the same moment share
 * the question). A page that fails half-way for want of the database can only answer 500, so the
 * proxy asks first; a connection the pool still holds from before a crash fails here instead.
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
