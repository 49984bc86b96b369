import "server-only";
// One attempt at one delivery (the pg-boss job handler calls this). Success: the row says
// delivered. Failure: the row records the status code or error and the attempt count, and we
// throw so pg-boss retries with backoff; the last allowed attempt marks it failed.
import { getDb, type Db } from "../db/client";
import { signBody, SIGNATURE_HEADER } from "./sign-payload";

const TIMEOUT_MS = 10_000;

export async function deliverWebhook(opts: { db?: Db; deliveryId: string; isLastAttempt: boolean }): Promise<"delivered" | "skipped"> {
  const db = opts.db ?? getDb();
  const d = await db.webhookDelivery.findUnique({
    where: { id: opts.deliveryId },
    select: { id: true, status: true, event: true, payload: true, webhook: { select: { url: true, secret: true, isActive: true } } },
  });
  if (!d || d.status === "delivered" || !d.webhook.isActive) return "skipped";
  const body = JSON.stringify({ ...(d.payload as object), deliveryId: d.id });
  let code: number | null = null;
  let error: string | null = null;
  try {
    const res = await fetch(d.webhook.url, {
      method: "POST",
      headers: { "content-type": "application/json", [SIGNATURE_HEADER]: signBody(d.webhook.secret, body), "X-Tally-Event": d.event, "X-Tally-Delivery": d.id },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    code = res.status;
    await res.body?.cancel();
    if (!res.ok) error = `HTTP ${res.status}`;
  } catch (e) {
    error = (e as Error).message.slice(0, 500);
  }
  const ok = error === null;
  await db.webhookDelivery.update({
    where: { id: d.id },
    data: {
      attempts: { increment: 1 },
      lastAttemptAt: new Date(),
      lastStatusCode: code,
      lastError: error,
      status: ok ? "delivered" : opts.isLastAttempt ? "failed" : "retrying",
      ...(ok ? { deliveredAt: new Date() } : {}),
    },
  });
  if (!ok) throw new Error(`delivery ${d.id} failed: ${error}`);
  return "delivered";
}
