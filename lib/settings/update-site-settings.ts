import "server-only";
// Admins change site settings; the change, its revision and the `settings` notice that tells
// every server to drop its cached copy (watch-site-settings.ts) commit together.
import type { Actor } from "../auth/actor";
import { getDb, type Db } from "../db/client";
import type { Prisma } from "../db/client";
import { publishChange } from "../live/publish-change";
import { writeRevision } from "../revisions/write-revision";
import { parseInput } from "../validate";
import { forgetSiteSettings, getSiteSettings } from "./get-site-settings";
import { SITE_SETTINGS_KEY, ZUpdateSiteSettings, type SiteSettings } from "./schemas";

export async function updateSiteSettings(opts: { db?: Db; actor: Actor; input: unknown }): Promise<SiteSettings> {
  const db = opts.db ?? getDb();
  const input = parseInput(ZUpdateSiteSettings, opts.input);
  const result = await db.$transaction(async (tx) => {
    const before = await getSiteSettings({ db: tx, fresh: true });
    const after: SiteSettings = { ...before, ...input };
    const value = after as unknown as Prisma.InputJsonValue;
    await tx.setting.upsert({
      where: { key: SITE_SETTINGS_KEY },
      create: { key: SITE_SETTINGS_KEY, value, updatedBy: opts.actor.name },
      update: { value, updatedBy: opts.actor.name, version: { increment: 1 } },
    });
    await writeRevision({
      tx,
      entityType: "setting",
      entityId: SITE_SETTINGS_KEY,
      action: "update",
      before,
      after,
      actor: opts.actor,
    });
    await publishChange({ tx, change: { kind: "settings" } });
    return after;
  });
  forgetSiteSettings();
  return result;
}
