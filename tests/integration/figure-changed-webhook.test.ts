// The purge hook: a value logged for a figure queues one figure.changed delivery per endpoint that
// asked for the event, carrying the URLs a CDN should purge; endpoints that did not ask get none.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createWebhook } from "@/lib/monitoring/create-webhook";
import { makeFigure, makeOutlet, uniq } from "../factories";
import { logValue } from "../factories/log-value";

const ADMIN = { id: null, name: "test admin", role: "admin" } as const;

describe("figure.changed webhooks", () => {
  it("queue the figure's URLs to purge after a value is logged, only for endpoints that asked", async () => {
    const db = getDb();
    const purger = await createWebhook({
      actor: ADMIN,
      input: {
        url: `https://93.184.215.14/${uniq("purge")}`,
        secret: "a-shared-secret-of-some-length",
        rules: [],
        events: ["figure.changed"],
      },
    });
    const alerts = await createWebhook({
      actor: ADMIN,
      input: {
        url: `https://93.184.215.14/${uniq("alerts")}`,
        secret: "a-shared-secret-of-some-length",
        rules: ["stale"],
      },
    });
    expect(purger.events).toEqual(["figure.changed"]);
    expect(alerts.events).toEqual(["alert.opened"]);
    const figure = await makeFigure();
    const outlet = await makeOutlet();
    await logValue(figure.slug, outlet.id);

    // Other files log values meanwhile: this figure's deliveries only. Then the endpoints go quiet.
    const mine = await db.webhookDelivery.findMany({
      where: { webhookId: purger.id, payload: { path: ["figure", "slug"], equals: figure.slug } },
      select: { event: true, payload: true, alertId: true },
    });
    await db.webhook.updateMany({ where: { id: { in: [purger.id, alerts.id] } }, data: { isActive: false } });
    const base = "http://localhost:3999"; // TALLY_URL in tests/setup/database-url.ts
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ event: "figure.changed", alertId: null });
    const payload = mine[0]!.payload as { event: string; figure: { slug: string }; urls: string[]; prefixes: string[] };
    expect(payload.event).toBe("figure.changed");
    expect(payload.figure.slug).toBe(figure.slug);
    expect(payload.urls).toEqual(
      expect.arrayContaining([
        `${base}/embed/figures/${figure.slug}`,
        `${base}/figures/${figure.slug}`,
        `${base}/api/figures/${figure.slug}`,
        `${base}/api/figures/${figure.slug}/history.csv`,
        `${base}/api/export.csv`,
      ]),
    );
    expect(payload.prefixes).toContain(`${base}/embed/figures/${figure.slug}`);
    expect(await db.webhookDelivery.count({ where: { webhookId: alerts.id, event: "figure.changed" } })).toBe(0);
  });

  it("an endpoint needs a rule only when it hears about alerts", async () => {
    await expect(
      createWebhook({
        actor: ADMIN,
        input: {
          url: "https://93.184.215.14/x",
          secret: "a-shared-secret-of-some-length",
          rules: [],
          events: ["alert.opened"],
        },
      }),
    ).rejects.toMatchObject({
      code: "validation_failed",
      fields: { rules: ["Pick at least one rule."] },
    });
  });
});
