import "server-only";
// Starts pg-boss and its workers: webhook deliveries (retried with backoff), a sweep that
// enqueues deliveries written while no queue was running, and the staleness schedule (cron).
// Everything is a row in PostgreSQL, so stopping this at any moment and starting it again
// — here or in another process — loses nothing.
import { logger } from "../log/logger";
import PgBoss from "pg-boss";
import { getDb, type Db } from "../db/client";
import { checkStaleFigures } from "./check-stale-figures";
import { systemClock, type Clock } from "./clock";
import { deliverWebhook } from "./deliver-webhook";
import { DELIVERY_RETRY, enqueueDeliveries, QUEUES, type RetryPolicy } from "./job-queue";

/** Deliveries sent at once by one process. */
const DELIVERY_WORKERS = 3;

/** Every 10 minutes; the rule itself decides (days per kind) whether a figure is stale. */
export const STALE_CRON = "*/10 * * * *";

export async function startMonitoringWorker(opts: {
  db?: Db;
  databaseUrl: string;
  clock?: Clock;
  retry?: RetryPolicy;
  pollingIntervalSeconds?: number;
  /** pg-boss's schema (default "pgboss"); tests use their own so no other worker takes their jobs */
  schema?: string;
}): Promise<PgBoss> {
  const db = opts.db ?? getDb();
  const boss = new PgBoss({
    connectionString: opts.databaseUrl,
    max: 6,
    application_name: "tally-jobs",
    ...(opts.schema ? { schema: opts.schema } : {}),
  });
  boss.on("error", (e) => logger.error({ err: e }, "job queue error"));
  await boss.start();
  const retry = opts.retry ?? DELIVERY_RETRY;
  for (const name of Object.values(QUEUES))
    await boss.createQueue(name, name === QUEUES.delivery ? { name, ...retry } : { name });
  const polling = { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2 };

  // Several delivery workers (pg-boss 10 runs one job at a time per work() call): a receiver that
  // hangs until the 10 s timeout must not hold up every other webhook's alerts behind it.
  for (let i = 0; i < DELIVERY_WORKERS; i++) {
    await boss.work<{ deliveryId: string }>(
      QUEUES.delivery,
      { ...polling, batchSize: 1, includeMetadata: true },
      async ([job]) => {
        await deliverWebhook({ db, deliveryId: job.data.deliveryId, isLastAttempt: job.retryCount >= job.retryLimit });
      },
    );
  }

  await boss.work(QUEUES.sweep, polling, async () => {
    const pending = await db.webhookDelivery.findMany({
      where: { status: "pending", attempts: 0 },
      orderBy: { createdAt: "asc" },
      select: { id: true },
      take: 500,
    });
    await enqueueDeliveries({ boss, deliveryIds: pending.map((p) => p.id), retry });
  });

  await boss.work<{ figureIds?: string[] }>(QUEUES.stale, polling, async ([job]) => {
    await checkStaleFigures({ db, clock: opts.clock ?? systemClock, queue: boss, figureIds: job?.data?.figureIds });
  });

  await boss.schedule(QUEUES.stale, STALE_CRON);
  await boss.schedule(QUEUES.sweep, "* * * * *");
  return boss;
}
