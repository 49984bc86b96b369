import "server-only";
// Read by every role check, including the proxy's on every page view, so it is kept in process
// (on globalThis: the proxy's bundle and the routes' bundles share it). A server that watches the
// live channel (watch-site-settings.ts, started with the server) drops it on any server's
// change, through NOTIFY, and reads it again at most once a minute as a safety net; elsewhere
// (scripts, tests) it is kept for a few seconds. updateSiteSettings clears it in its own process.
import { getDb, type DbOrTx } from "../db/client";
import { SITE_SETTINGS_KEY, ZSiteSettings, type SiteSettings } from "./schemas";

const TTL_MS = 5_000;
const WATCHED_TTL_MS = 60_000;

type SettingsCache = { cached?: { at: number; value: SiteSettings }; isWatched?: boolean };
const g = globalThis as unknown as { tallySiteSettings?: SettingsCache };
const state: SettingsCache = (g.tallySiteSettings ??= {});

export async function getSiteSettings(opts: { db?: DbOrTx; fresh?: boolean }): Promise<SiteSettings> {
  const db = opts.db ?? getDb();
  const ttl = state.isWatched ? WATCHED_TTL_MS : TTL_MS;
  if (!opts.fresh && state.cached && Date.now() - state.cached.at < ttl) return state.cached.value;
  const row = await db.setting.findUnique({ where: { key: SITE_SETTINGS_KEY }, select: { value: true } });
  const parsed = ZSiteSettings.safeParse(row?.value ?? {});
  const value = parsed.success ? parsed.data : ZSiteSettings.parse({});
  state.cached = { at: Date.now(), value };
  return value;
}

export function forgetSiteSettings(): void {
  state.cached = undefined;
}

/** Set by watchSiteSettings once NOTIFY tells this process about every change. */
export function markSiteSettingsWatched(): void {
  state.isWatched = true;
}
