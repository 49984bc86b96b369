import "server-only";
// The deliveries log: newest first, with what happened on the last attempt.
import { getDb, type Db } from "../db/client";

export type DeliveryDto = {
  id: string;
  event: string;
  status: "pending" | "retrying" | "delivered" | "failed";
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  lastAttemptAt: string | null;
  deliveredAt: string | null;
  webhook: { id: string; url: string };
  alert: { id: string; rule: string; message: string } | null;
};

export async function listDeliveries(opts: { db?: Db; webhookId?: string; limit?: number }): Promise<DeliveryDto[]> {
  const db = opts.db ?? getDb();
  const rows = await db.webhookDelivery.findMany({
    where: opts.webhookId ? { webhookId: opts.webhookId } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: opts.limit ?? 200,
    select: {
      id: true,
      event: true,
      status: true,
      attempts: true,
      lastStatusCode: true,
      lastError: true,
      createdAt: true,
      lastAttemptAt: true,
      deliveredAt: true,
      webhook: { select: { id: true, url: true } },
      alert: { select: { id: true, rule: true, message: true } },
    },
  });
  return rows.map((r) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    lastAttemptAt: r.lastAttemptAt?.toISOString() ?? null,
    deliveredAt: r.deliveredAt?.toISOString() ?? null,
  }));
}
