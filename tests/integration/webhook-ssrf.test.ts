// Webhooks cannot reach inside the network: private targets are refused when a hook is saved and
// again when a delivery connects (a name that resolves to loopback later, a row written around the
// check); TALLY_WEBHOOK_ALLOW lets an intranet hook through; the error text stays coarse.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createWebhook } from "@/lib/monitoring/create-webhook";
import { deliverWebhook } from "@/lib/monitoring/deliver-webhook";
import { isPublicAddress } from "@/lib/monitoring/webhook-target";
import { makeFigure, TEST_ACTOR, uniq } from "../factories";

const db = getDb();
const ADMIN = { ...TEST_ACTOR, name: "Admin", role: "admin" as const };
const SECRET = "a-long-shared-secret-for-ssrf";
afterEach(async () => {
  delete process.env.TALLY_WEBHOOK_ALLOW;
  // This file's hooks go quiet after each test: a later file's decrease alert must not queue a
  // delivery to 93.184.215.14, which nothing answers (each attempt waits out the 10 s timeout).
  await db.webhook.updateMany({ where: { secret: SECRET, isActive: true }, data: { isActive: false } });
});

async function receiver() {
  let hits = 0;
  const server = createServer((_req, res) => {
    hits++;
    res.end("ok");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  return { port, hits: () => hits, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** A delivery row for a hook written straight to the table (as if the check at save were skipped). */
async function deliveryTo(url: string) {
  const figure = await makeFigure();
  const fig = await db.figure.findUniqueOrThrow({ where: { slug: figure.slug } });
  const hook = await db.webhook.create({ data: { url, secret: SECRET, rules: ["decrease"], createdBy: "test" } });
  const alert = await db.alert.create({
    data: { rule: "decrease", figureId: fig.id, details: {}, message: "x", dedupeKey: uniq("k") },
  });
  return db.webhookDelivery.create({
    data: { webhookId: hook.id, alertId: alert.id, event: "alert.opened", payload: {} },
  });
}

describe("webhook targets", () => {
  it.each([
    "http://127.0.0.1:8080/x",
    "http://2130706433:8080/", // decimal loopback
    "http://0177.0.0.1/", // octal loopback
    "http://0x7f.1/",
    "http://127.0.0.1:5432/", // the database
    "http://169.254.169.254/latest/meta-data/",
    "http://[::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:7f00:1]/",
    "http://10.0.0.1/",
    "http://192.168.1.1/",
    "http://172.16.0.1/",
    "http://100.64.0.1/",
    "http://[fd00::1]/",
    "http://[fe80::1]/",
    "http://0.0.0.0/",
    "http://localhost:3000/",
  ])("refuses %s when the hook is saved", async (url) => {
    await expect(
      createWebhook({ db, actor: ADMIN, input: { url, secret: SECRET, rules: ["decrease"] } }),
    ).rejects.toMatchObject({
      code: "validation_failed",
      fields: { url: [expect.stringMatching(/private network|does not resolve/)] },
    });
  });

  it("accepts a public address", async () => {
    await expect(
      createWebhook({
        db,
        actor: ADMIN,
        input: { url: "https://93.184.215.14/hook", secret: SECRET, rules: ["decrease"] },
      }),
    ).resolves.toMatchObject({
      url: "https://93.184.215.14/hook",
    });
    expect(["8.8.8.8", "2606:4700::1111"].every(isPublicAddress)).toBe(true);
  });

  it("refuses again at connect: a private target written around the check gets nothing, and a coarse error", async () => {
    const r = await receiver();
    try {
      for (const host of ["127.0.0.1", "localhost"]) {
        const d = await deliveryTo(`http://${host}:${r.port}/hook`);
        await expect(deliverWebhook({ db, deliveryId: d.id, isLastAttempt: true })).rejects.toThrow();
        expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: d.id } })).toMatchObject({
          status: "failed",
          lastError: "refused: not a public address",
          lastStatusCode: null,
        });
      }
      expect(r.hits()).toBe(0);
    } finally {
      await r.close();
    }
  });

  it("lets an allow-listed intranet host through, at save and at connect", async () => {
    const r = await receiver();
    try {
      process.env.TALLY_WEBHOOK_ALLOW = `intranet.example, 127.0.0.1:${r.port}`;
      await createWebhook({
        db,
        actor: ADMIN,
        input: { url: `http://127.0.0.1:${r.port}/hook`, secret: SECRET, rules: ["decrease"] },
      });
      const d = await deliveryTo(`http://127.0.0.1:${r.port}/hook`);
      await expect(deliverWebhook({ db, deliveryId: d.id, isLastAttempt: true })).resolves.toBe("delivered");
      expect(r.hits()).toBe(1);
      // Another port on the same host is not on the list.
      await expect(
        createWebhook({
          db,
          actor: ADMIN,
          input: { url: `http://127.0.0.1:${r.port + 1}/`, secret: SECRET, rules: ["decrease"] },
        }),
      ).rejects.toMatchObject({ code: "validation_failed" });
    } finally {
      await r.close();
    }
  });

  it("says only 'could not connect' when nothing answers", async () => {
    process.env.TALLY_WEBHOOK_ALLOW = "127.0.0.1";
    const r = await receiver();
    await r.close(); // a port where nothing listens now
    const d = await deliveryTo(`http://127.0.0.1:${r.port}/hook`);
    await expect(deliverWebhook({ db, deliveryId: d.id, isLastAttempt: true })).rejects.toThrow();
    expect(await db.webhookDelivery.findUniqueOrThrow({ where: { id: d.id } })).toMatchObject({
      lastError: "could not connect",
    });
  });
});
