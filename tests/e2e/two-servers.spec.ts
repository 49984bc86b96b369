// Stateless app servers: the e2e web server (A) and a second `npm start` (B) on the same database,
// with the same AUTH_SECRET, as two app servers behind one load balancer. A session made on A is
// good on B, the sign-in throttle counts failures on both together (rate-limiter-flexible's rows in
// PostgreSQL), a value logged on A reaches a figure page open on B (LISTEN/NOTIFY), the job
// queue's schedule fires once a minute in all, not once per server (pg-boss's cron), and a webhook
// is delivered once though both servers work the queue.
// README "Running at scale" and docs/database.md say what to set.
import { writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { env } from "../../lib/env";
import { createFigureFromLog, fillLogForm, signIn, sql, tableRows, uniqueTag } from "./helpers";
import { spawnTally, statusOf, waitUntil, type TallyProcess } from "./tally-process";
import { E2E_AUTH_SECRET, E2E_PASSWORD, E2E_USERS } from "./users";
import { embeddedUrl } from "../../lib/db/embedded";

test.describe.configure({ mode: "serial", timeout: 240_000 });

const serverA = `http://127.0.0.1:${env.E2E_PORT}`;
let serverB: TallyProcess;
let startedAt: Date;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  startedAt = new Date();
  // What the e2e web server was given (playwright.config.ts): one database, one secret, one proxy.
  serverB = await spawnTally({
    port: env.E2E_PORT + 1,
    env: {
      DATABASE_URL: env.TEST_DATABASE_URL ?? embeddedUrl(env.E2E_PG_PORT),
      AUTH_SECRET: E2E_AUTH_SECRET,
      TALLY_TRUSTED_PROXIES: "1",
      TALLY_WEBHOOK_ALLOW: "127.0.0.1",
    },
  });
  const up = await waitUntil(async () => (await statusOf(`${serverB.baseUrl}/api/health`)) === 200, 240_000);
  expect(up, serverB.output()).toBe(true);
});

// A failure on B shows in the browser as "Something went wrong": keep what B printed with the report.
test.afterEach(async ({}, testInfo) => {
  if (testInfo.status === testInfo.expectedStatus) return;
  writeFileSync(testInfo.outputPath("server-b.log"), serverB.output());
  console.log(`server B's output: ${testInfo.outputPath("server-b.log")}`);
});

test.afterAll(async () => {
  await serverB?.kill();
});

const signedInAs = (page: Page, name: string) => page.getByRole("banner").getByRole("link", { name: new RegExp(name) });

test("a session made on server A is good on server B", async ({ page }) => {
  await signIn(page, "editor"); // on A, the e2e web server
  // Cookies belong to a host, not a port: the browser sends A's session cookie to B.
  await page.goto(`${serverB.baseUrl}/settings`);
  await expect(page).toHaveURL(`${serverB.baseUrl}/settings`);
  await expect(signedInAs(page, E2E_USERS.editor.name)).toBeVisible();
});

test("the sign-in throttle counts failures on both servers together", async ({ page }) => {
  test.setTimeout(300_000);
  // An address of this test's own (both servers trust one proxy), so no other spec's sign-ins are refused.
  const ip = `10.${[1, 2, 3].map(() => Math.floor(Math.random() * 250) + 1).join(".")}`;
  await page.setExtraHTTPHeaders({ "x-forwarded-for": ip });
  const attempt = async (server: string, email: string, password: string) => {
    await page.goto(`${server}/sign-in`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
  };
  // 20 failures per address per 15 minutes; each with another unknown email, so no per-account delay.
  for (let i = 0; i < 20; i++) {
    await attempt(
      i % 2 ? serverB.baseUrl : serverA,
      `nobody-${i}-${uniqueTag()}@tally.test`,
      "wrong password, on purpose",
    );
    await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  }
  // Ten failures on each: neither server alone reached the limit, together they did. Even the right
  // password is refused now, on either server.
  for (const server of [serverA, serverB.baseUrl]) {
    await attempt(server, E2E_USERS.viewer.email, E2E_PASSWORD);
    await expect(page.getByText(/Too many failed sign-ins from this address/)).toBeVisible();
    await expect(page).toHaveURL(`${server}/sign-in`);
  }
});

test("the extract throttle counts requests to both servers together", async ({ request }) => {
  const ip = `10.${[1, 2, 3].map(() => Math.floor(Math.random() * 250) + 1).join(".")}`;
  const extract = (server: string) =>
    request.post(`${server}/api/extract`, {
      headers: { "x-forwarded-for": ip },
      data: { text: "At least 43 people were killed." },
    });
  // 60 a minute per address (EXTRACT_LIMIT): 30 on each server are all answered, then neither answers.
  for (let i = 0; i < 30; i++) {
    expect((await extract(serverA)).status()).toBe(200);
    expect((await extract(serverB.baseUrl)).status()).toBe(200);
  }
  for (const server of [serverA, serverB.baseUrl]) {
    const refused = await extract(server);
    expect(refused.status()).toBe(429);
    // The window is 60 s: a quick run is refused with the whole minute still to wait ("1 minute").
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
      /^Too many texts read from this address\. Try again in (\d+ seconds?|1 minute)\.$/,
    );
  }
});

test("a value logged on server A shows up on a figure page open on server B", async ({ page, browser }) => {
  const tag = uniqueTag();
  await signIn(page, "editor");
  const slug = await createFigureFromLog(page, `Two servers ${tag}`, "people");

  // A reader on B, anonymous, with the new figure's page open.
  const reader = await browser.newPage();
  await reader.goto(`${serverB.baseUrl}/figures/${slug}`);
  await expect(reader.getByRole("heading", { level: 1, name: `Two servers ${tag}` })).toBeVisible();
  await expect(tableRows(reader).filter({ hasText: tag })).toHaveCount(0);

  const quote = `At least 71 people were counted by both servers (e2e ${tag}).`;
  await fillLogForm(page, {
    quote,
    qualifier: "at least",
    value: "71",
    outlet: { newName: `Two Servers Wire ${tag}` },
    citedSources: "two-servers spec",
    reportedOn: "2025-11-30",
  });
  await page.getByRole("button", { name: "Save value" }).click();
  await expect(page).toHaveURL(new RegExp(`/figures/${slug}\\?logged=`));

  // No reload on B: the change travels A → PostgreSQL NOTIFY → B's LISTEN → B's /api/live → the page.
  const row = tableRows(reader).filter({ hasText: tag });
  await expect(row).toHaveCount(1, { timeout: 60_000 });
  await expect(row.getByRole("cell").nth(0)).toHaveText("at least 71 people");
  await reader.close();
});

test("the job queue's schedule fires once a minute across both servers, not once per server", async () => {
  test.setTimeout(300_000);
  // Both servers schedule the same pg-boss crons (lib/monitoring/start-monitoring-worker.ts): the
  // webhook sweep every minute, the staleness check every ten. Each is one schedule row, and each
  // minute makes one sweep job, whichever server's clock monitor made it.
  const schedules = await sql<{ name: string; cron: string }>(
    "SELECT name, cron FROM pgboss.schedule ORDER BY name",
    [],
  );
  expect(schedules).toEqual([
    { name: "monitoring-stale-check", cron: "*/10 * * * *" },
    { name: "webhook-sweep", cron: "* * * * *" },
  ]);
  const sweepsPerMinute = () =>
    sql<{ minute: string; n: number }>(
      "SELECT date_trunc('minute', created_on)::text AS minute, count(*)::int AS n FROM pgboss.job WHERE name = 'webhook-sweep' AND created_on >= $1 GROUP BY 1 ORDER BY 1",
      [startedAt],
    );
  // Two minutes with both servers up; every one of them has exactly one sweep job.
  await expect
    .poll(async () => (await sweepsPerMinute()).length, { timeout: 240_000, intervals: [5_000] })
    .toBeGreaterThanOrEqual(2);
  const rows = await sweepsPerMinute();
  expect(
    rows.map((r) => r.n),
    JSON.stringify(rows),
  ).toEqual(rows.map(() => 1));
  // And each job ran once: completed by one worker, no retries.
  const runs = await sql<{ state: string; retry_count: number }>(
    "SELECT state::text, retry_count FROM pgboss.job WHERE name = 'webhook-sweep' AND created_on >= $1 AND state = 'completed'",
    [startedAt],
  );
  expect(runs.length).toBeGreaterThanOrEqual(1);
  expect(runs.every((r) => r.retry_count === 0)).toBe(true);
});

test("a value logged on server A is delivered to a webhook once, though both servers work the job queue", async ({
  page,
}) => {
  // The endpoint: a server of this test's own on this machine (both app servers allow 127.0.0.1).
  const received: { event: string; delivery: string; slug: string }[] = [];
  const receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const payload = JSON.parse(body) as { figure?: { slug?: string } };
      received.push({
        event: String(req.headers["x-tally-event"]),
        delivery: String(req.headers["x-tally-delivery"]),
        slug: payload.figure?.slug ?? "",
      });
      res.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook-${uniqueTag()}`;
  try {
    // The webhook is added on B, as an admin would: figure changes only, no alert rules.
    await signIn(page, "admin");
    await page.goto(`${serverB.baseUrl}/admin/webhooks`);
    await page.getByLabel("URL", { exact: true }).fill(url);
    await page.getByLabel("Secret", { exact: true }).fill("a-two-servers-secret-long-enough");
    for (const rule of await page.locator('input[name="rules"]').all()) await rule.uncheck();
    await page.getByLabel(/Also send figure\.changed/).check();
    await page.getByRole("button", { name: "Add webhook" }).click();
    await expect(page.getByText(`Webhook added: ${url}`)).toBeVisible();

    // One value logged on A.
    const tag = uniqueTag();
    const slug = await createFigureFromLog(page, `Webhook once ${tag}`, "people");
    await fillLogForm(page, {
      quote: `At least 12 people were counted once (e2e ${tag}).`,
      qualifier: "at least",
      value: "12",
      outlet: { newName: `Webhook Wire ${tag}` },
      citedSources: "two-servers spec",
      reportedOn: "2025-11-30",
    });
    await page.getByRole("button", { name: "Save value" }).click();
    await expect(page).toHaveURL(new RegExp(`/figures/${slug}\\?logged=`));

    const forThisFigure = () => received.filter((r) => r.event === "figure.changed" && r.slug === slug);
    await expect.poll(() => forThisFigure().length, { timeout: 120_000 }).toBeGreaterThanOrEqual(1);
    // Then until the queue holds nothing more for it: every job for this webhook's deliveries
    // finished (a second worker or a sweep could only have added a job with the same id).
    const jobsLeft = async () =>
      (
        await sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM pgboss.job j JOIN webhook_delivery d ON d.id::text = j.data->>'deliveryId'
             JOIN webhook w ON w.id = d.webhook_id
            WHERE j.name = 'webhook-delivery' AND w.url = $1 AND j.state < 'completed'`,
          [url],
        )
      )[0].n;
    await expect.poll(jobsLeft, { timeout: 120_000 }).toBe(0);
    const deliveries = await sql<{ status: string; attempts: number }>(
      "SELECT d.status::text, d.attempts FROM webhook_delivery d JOIN webhook w ON w.id = d.webhook_id WHERE w.url = $1 AND d.payload->'figure'->>'slug' = $2",
      [url, slug],
    );
    expect(deliveries).toEqual([{ status: "delivered", attempts: 1 }]);
    expect(forThisFigure()).toHaveLength(1);
  } finally {
    // Later figure changes (other specs') would queue deliveries to an endpoint that is gone.
    await sql("UPDATE webhook SET is_active = false WHERE url = $1", [url]);
    await new Promise((resolve) => receiver.close(resolve));
  }
});
