// Webhook deliveries through the real job queue to a real HTTP receiver on 127.0.0.1:
// signed, retried with backoff after a failure, and kept across a restart of the worker.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createWebhook } from "@/lib/monitoring/create-webhook";
import { evaluateFigure } from "@/lib/monitoring/evaluate-figure";
import { QUEUES } from "@/lib/monitoring/job-queue";
import { listDeliveries } from "@/lib/monitoring/list-deliveries";
import { setWebhookActive } from "@/lib/monitoring/set-webhook-active";
import { SIGNATURE_HEADER, verifySignature } from "@/lib/monitoring/sign-payload";
import { startMonitoringWorker } from "@/lib/monitoring/start-monitoring-worker";
import { makeFigure, makeOutlet, TEST_ACTOR, uniq } from "../factories";
import type PgBoss from "pg-boss";
import { logExact } from "../factories/log-value";

const db = getDb();
const ADMIN = { ...TEST_ACTOR, name: "Admin", role: "admin" as const };
const FAST_RETRY = { retryLimit: 5, retryDelay: 1, retryBackoff: true };
/** Long enough that the first worker cannot reach the retry before the test stops it, even on a busy machine. */
const SLOW_RETRY = { retryLimit: 5, retryDelay: 5, retryBackoff: false };

type Received = { body: string; signature: string | undefined; status: number };

/** A receiver that answers each request with the next status in `script` (then 200). */
async function startReceiver(script: number[]) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const status = script.shift() ?? 200;
      received.push({ body, signature: req.headers[SIGNATURE_HEADER.toLowerCase()] as string | undefined, status });
      res.writeHead(status).end(status === 200 ? "ok" : "down");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/tally`;
  return { url, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** A figure whose second report is lower than the first: one decrease alert. */
async function decreasingFigure() {
  const fig = await makeFigure();
  const outlet = await makeOutlet();
  const log = (value: string, reportedOn: string) => logExact(fig.slug, outlet.id, value, reportedOn);
  await log("43", "2025-10-20");
  return { fig, lower: () => log("37", "2025-10-25") };
}

const bosses: PgBoss[] = [];
// A queue schema of this file's own: workers started by other test files (same database) must
// not take these jobs, or "nothing happens while the worker is stopped" could not be checked.
const SCHEMA = `pgboss_webhooks_${process.pid}`;
const startWorker = async () => {
  const boss = await startMonitoringWorker({
    db,
    databaseUrl: process.env.DATABASE_URL!,
    retry: FAST_RETRY,
    pollingIntervalSeconds: 0.5,
    schema: SCHEMA,
  });
  bosses.push(boss);
  return boss;
};
const deliveriesFor = async (webhookId: string) => listDeliveries({ db, webhookId });

let secret: string;
beforeAll(() => {
  secret = uniq("a-long-shared-secret");
  // The receivers listen on loopback, which webhooks may reach only when allow-listed.
  process.env.TALLY_WEBHOOK_ALLOW = "127.0.0.1";
});
afterEach(async () => {
  for (const hook of await db.webhook.findMany({ where: { secret, isActive: true } })) {
    await setWebhookActive({ db, actor: ADMIN, input: { webhookId: hook.id, isActive: false, version: hook.version } });
  }
});
afterAll(async () => {
  delete process.env.TALLY_WEBHOOK_ALLOW;
  for (const b of bosses) await b.stop({ graceful: false, wait: true }).catch(() => undefined);
});

describe("webhook deliveries", () => {
  it("a receiver gets a signed JSON delivery; a failure is retried and then succeeds", async () => {
    const receiver = await startReceiver([500]);
    const hook = await createWebhook({ db, actor: ADMIN, input: { url: receiver.url, secret, rules: ["decrease"] } });
    const boss = await startWorker();
    const { fig, lower } = await decreasingFigure();
    // log through the app's write path, then hand the deliveries to this test's queue
    await lower();
    const pending = await deliveriesFor(hook.id);
    expect(pending.map((d) => d.status)).toEqual(["pending"]);
    await evaluateFigure({ db, figureId: fig.id, queue: boss }); // finds nothing new…
    await boss.send(QUEUES.sweep, {}); // …so the sweep enqueues what was written while no queue ran

    // The sweep also sends what other test files left pending (their receivers gone: up to the
    // 10 s timeout each), so this allows for a busy machine and a full queue.
    await expect
      .poll(async () => (await deliveriesFor(hook.id))[0]?.status, { timeout: 50_000, interval: 250 })
      .toBe("delivered");
    const [delivery] = await deliveriesFor(hook.id);
    expect(delivery).toMatchObject({ attempts: 2, lastStatusCode: 200, lastError: null, event: "alert.opened" });

    const mine = receiver.received.filter((r) => r.body.includes(fig.slug));
    expect(mine.map((r) => r.status)).toEqual([500, 200]);
    for (const r of mine) {
      expect(r.signature).toMatch(/^sha256=[0-9a-f]{64}$/);
      expect(verifySignature(secret, r.body, r.signature)).toBe(true);
      expect(verifySignature("another-secret-entirely", r.body, r.signature)).toBe(false);
    }
    const payload = JSON.parse(mine[1].body);
    expect(payload).toMatchObject({
      event: "alert.opened",
      deliveryId: delivery.id,
      alert: { rule: "decrease", figure: { slug: fig.slug }, details: { value: "37", previous: "43" } },
    });
    await receiver.close();
  }, 60_000);

  it("stopping the worker between attempts and starting a new one loses nothing", async () => {
    const receiver = await startReceiver([503]);
    const hook = await createWebhook({
      db,
      actor: ADMIN,
      input: { url: receiver.url, secret, rules: ["decrease", "outlier"] },
    });
    const first = await startWorker();
    const { fig, lower } = await decreasingFigure();
    await lower();
    const [pending] = await deliveriesFor(hook.id);
    await first.send(QUEUES.delivery, { deliveryId: pending.id }, { id: pending.id, ...SLOW_RETRY });

    // the first attempt fails and the job waits for its retry…
    await expect
      .poll(async () => (await deliveriesFor(hook.id))[0]?.status, { timeout: 20_000, interval: 100 })
      .toBe("retrying");
    // …when the worker goes away without finishing anything
    await first.stop({ graceful: false, wait: true });
    await new Promise((r) => setTimeout(r, 500));
    expect((await deliveriesFor(hook.id))[0]).toMatchObject({
      status: "retrying",
      attempts: 1,
      lastStatusCode: 503,
      lastError: "HTTP 503",
    });

    await startWorker(); // a new process's worker, on the same database
    // (the new worker's sweep may send other test files' pending deliveries first: time for them)
    await expect
      .poll(async () => (await deliveriesFor(hook.id))[0]?.status, { timeout: 50_000, interval: 250 })
      .toBe("delivered");
    expect((await deliveriesFor(hook.id))[0].attempts).toBe(2);
    const mine = receiver.received.filter((r) => r.body.includes(fig.slug));
    expect(mine.map((r) => r.status)).toEqual([503, 200]);
    await receiver.close();
  }, 60_000);

  it("a receiver that hangs does not hold up another webhook's delivery", async () => {
    // Answers nothing, so its delivery waits for the 10 s timeout.
    const hanging = createServer(() => undefined);
    await new Promise<void>((r) => hanging.listen(0, "127.0.0.1", r));
    const hangingUrl = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/hooks/tally`;
    const slow = await createWebhook({ db, actor: ADMIN, input: { url: hangingUrl, secret, rules: ["decrease"] } });
    const receiver = await startReceiver([]);
    const fast = await createWebhook({ db, actor: ADMIN, input: { url: receiver.url, secret, rules: ["decrease"] } });
    const boss = await startWorker();
    const { lower } = await decreasingFigure();
    await lower(); // one pending delivery for each, the hanging one first
    await boss.send(QUEUES.sweep, {});

    await expect
      .poll(async () => (await deliveriesFor(fast.id))[0]?.status, { timeout: 50_000, interval: 250 })
      .toBe("delivered");
    // …while the hanging receiver's first attempt has not come back yet.
    expect((await deliveriesFor(slow.id))[0]).toMatchObject({ attempts: 0, status: "pending" });
    await receiver.close();
    hanging.closeAllConnections();
    await new Promise<void>((r) => hanging.close(() => r()));
  }, 60_000);

  it("refuses a webhook without a usable URL, secret or rules", async () => {
    await expect(
      createWebhook({ db, actor: ADMIN, input: { url: "ftp://x", secret: "short", rules: [] } }),
    ).rejects.toMatchObject({
      code: "validation_failed",
      fields: {
        url: ["Enter an http:// or https:// address."],
        secret: ["Use at least 16 characters (a long random string)."],
        rules: ["Pick at least one rule."],
      },
    });
  });
});
