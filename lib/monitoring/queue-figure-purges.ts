import "server-only";
// After observations were written and committed (writeObservations calls this): one
// figure.changed delivery per touched figure for every active endpoint that asked for the event,
// carrying the URLs to purge. Deliveries are rows like alert deliveries, sent by the same job
// queue with the same signature and retries; with no queue running (scripts, tests) they wait as
// "pending" for the sweep. Never fails the write: errors are logged.
import { getDb, type Db, type Prisma } from "../db/client";
import { publicUrl } from "../env";
import { purgeUrls } from "../http/purge-urls";
import { logger } from "../log/logger";
import { enqueueDeliveries, getRunningQueue } from "./job-queue";

export async function queueFigurePurges(opts: { db?: Db; figureSlugs: string[] }): Promise<string[]> {
  const db = opts.db ?? getDb();
  try {
    if (opts.figureSlugs.length === 0) return [];
    const hooks = await db.webhook.findMany({
      where: { isActive: true, events: { has: "figure.changed" } },
      select: { id: true },
    });
    if (hooks.length === 0) return [];
    const changedAt = new Date().toISOString();
    const rows = hooks.flatMap((hook) =>
      opts.figureSlugs.map((slug) => ({
        webhookId: hook.id,
        event: "figure.changed",
        payload: {
          event: "figure.changed",
          figure: { slug },
          changedAt,
          ...purgeUrls({ base: publicUrl(), figureSlug: slug }),
        } as Prisma.InputJsonValue,
      })),
    );
    const created = await db.webhookDelivery.createManyAndReturn({ data: rows, select: { id: true } });
    const ids = created.map((d) => d.id);
    const boss = getRunningQueue();
    if (boss) await enqueueDeliveries({ boss, deliveryIds: ids });
    return ids;
  } catch (e) {
    logger.error({ err: e }, "figure.changed webhooks could not be queued");
    return [];
  }
}
