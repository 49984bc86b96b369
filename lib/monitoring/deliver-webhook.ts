import "server-only";
// One attempt at one delivery (the pg-boss job handler calls this). Success: the row says
// delivered. Failure: the row records the status code or error and the attempt count, and we
// throw so pg-boss retries with backoff; the last allowed attempt marks it failed.
// The request goes through node:http(s) with publicOnlyLookup, so the address checked is the one
// connected to (lib/monitoring/webhook-target.ts). Error text stays coarse ("could not connect"),
// so the deliveries page cannot be used to map a network.
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { getDb, type Db } from "../db/client";
import { signBody, SIGNATURE_HEADER } from "./sign-payload";
import { isAllowListed, isPublicAddress, publicOnlyLookup, WebhookTargetRefused } from "./webhook-target";

const TIMEOUT_MS = 10_000;

export async function deliverWebhook(opts: {
  db?: Db;
  deliveryId: string;
  isLastAttempt: boolean;
}): Promise<"delivered" | "skipped"> {
  const db = opts.db ?? getDb();
  const d = await db.webhookDelivery.findUnique({
    where: { id: opts.deliveryId },
    select: {
      id: true,
      status: true,
      event: true,
      payload: true,
      webhook: { select: { url: true, secret: true, isActive: true } },
    },
  });
  if (!d || d.status === "delivered" || !d.webhook.isActive) return "skipped";
  const body = JSON.stringify({ ...(d.payload as object), deliveryId: d.id });
  let code: number | null = null;
  let error: string | null = null;
  try {
    const headers = {
      "content-type": "application/json",
      [SIGNATURE_HEADER]: signBody(d.webhook.secret, body),
      "X-Tally-Event": d.event,
      "X-Tally-Delivery": d.id,
    };
    code = await post(new URL(d.webhook.url), headers, body);
    if (code < 200 || code > 299) error = `HTTP ${code}`;
  } catch (e) {
    error =
      e instanceof WebhookTargetRefused
        ? "refused: not a public address"
        : (e as Error).name === "TimeoutError"
          ? "timed out"
          : "could not connect";
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

/** POSTs `body` and answers the status code; redirects are not followed (a 3xx is a failure). */
function post(url: URL, headers: Record<string, string>, body: string): Promise<number> {
  const allowed = isAllowListed(url);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  // Node does not look up an IP literal, so the lookup below never sees it: check it here.
  if (!allowed && isIP(host) && !isPublicAddress(host))
    return Promise.reject(new WebhookTargetRefused("address not allowed"));
  return new Promise((resolve, reject) => {
    const lib = url.protocol === "https:" ? https : http;
    const req = lib.request(
      url,
      { method: "POST", headers, lookup: allowed ? undefined : publicOnlyLookup, timeout: TIMEOUT_MS },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on("timeout", () => req.destroy(Object.assign(new Error("timed out"), { name: "TimeoutError" })));
    req.on("error", reject);
    req.end(body);
  });
}
