import "server-only";
// The job queue (pg-boss 10, in PostgreSQL): webhook deliveries and the staleness schedule are
// rows in the database, so a restart loses none of them. The server process keeps one running
// instance on globalThis (started by instrumentation.ts); code that enqueues asks for it here and,
// when there is none (scripts, tests), leaves deliveries "pending" for the sweep to pick up.
import PgBoss from "pg-boss";

export const QUEUES = {
  delivery: "webhook-delivery",
  sweep: "webhook-sweep",
  stale: "monitoring-stale-check",
} as const;

export type RetryPolicy = { retryLimit: number; retryDelay: number; retryBackoff: boolean };
/** 2 s, 4 s, 8 s … about 68 minutes in all over 11 attempts. */
export const DELIVERY_RETRY: RetryPolicy = { retryLimit: 10, retryDelay: 2, retryBackoff: true };

const holder = globalThis as unknown as { tallyJobQueue?: PgBoss };

export const getRunningQueue = (): PgBoss | undefined => holder.tallyJobQueue;
export const setRunningQueue = (boss: PgBoss | undefined) => {
  holder.tallyJobQueue = boss;
};

/** One job per delivery; the job id is the delivery id, so enqueueing twice is harmless. */
export async function enqueueDeliveries(opts: {
  boss: PgBoss;
  deliveryIds: string[];
  retry?: RetryPolicy;
}): Promise<void> {
  const retry = opts.retry ?? DELIVERY_RETRY;
  for (const id of opts.deliveryIds) {
    await opts.boss.send(QUEUES.delivery, { deliveryId: id }, { id, ...retry });
  }
}
