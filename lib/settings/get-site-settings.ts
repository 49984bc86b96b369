import "server-only";
// Read on every request that checks a role, so it is cached for a few seconds per process;
// updateSiteSettings clears the cache in the process that made the change.
import { getDb, type DbOrTx } from "../db/client";
import { SITE_SETTINGS_KEY, ZSiteSettings, type SiteSettings } from "./schemas";

const TTL_MS = 5_000;
let cached: { at: number; value: SiteSettings } | undefined;

export async function getSiteSettings(opts: { db?: DbOrTx; fresh?: boolean }): Promise<SiteSettings> {
  const db = opts.db ?? getDb();
  if (!opts.fresh && cached && Date.now() - cached.at < TTL_MS) return cached.value;
  const row = await db.setting.findUnique({ where: { key: SITE_SETTINGS_KEY }, select: { value: true } });
  const parsed = ZSiteSettings.safeParse(row?.value ?? {});
  const value = parsed.success ? parsed.data : ZSiteSettings.parse({});
  cached = { at: Date.now(), value };
  return value;
}

export function forgetSiteSettings(): void {
  cached = undefined;
}
