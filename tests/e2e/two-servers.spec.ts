// Stateless app servers: two `npm start`s (A and B, besides the e2e server) on one database, as
// behind a load balancer. A session made on A is good on B (one AUTH_SECRET), throttles count
// requests to both (rate-limiter-flexible's rows in PostgreSQL), a value logged on A reaches a
// live stream open on B (LISTEN/NOTIFY), and the job queue's schedule fires once a minute in all,
// not once per server (pg-boss's cron). README "Running at scale" says what to set.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { embeddedUrl } from "../../lib/db/embedded";
import { env } from "../../lib/env";
import { spawnTally, statusOf, waitUntil, type TallyProcess } from "./tally-process";
import { E2E_PASSWORD, E2E_USERS } from "./users";

test.describe.configure({ mode: "serial", timeout: 240_000 });

const databaseUrl = env.TEST_DATABASE_URL ?? embeddedUrl(env.E2E_PG_PORT);
const servers: TallyProcess[] = [];
let startedAt: Date;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  startedAt = new Date();
  // One shared secret; one proxy in front (so a test can name the client's address).
  const shared = { DATABASE_URL: databaseUrl, AUTH_SECRET: randomBytes(32).toString("base64url"), TALLY_TRUSTED_PROXIES: "1" };
  for (let i = 0; i < 2; i++) {
    const server = await spawnTally({ env: shared });
    servers.push(server);
    expect(await waitUntil(async () => (await statusOf(`${server.baseUrl}/api/health`)) === 200, 180_000), server.output()).toBe(true);
  }
});

test.afterAll(async () => {
  await Promise.all(servers.map((s) => s.kill()));
});

const [a, b] = [() => servers[0]!, () => servers[1]!];

test("a session made on server A is good on server B", async ({ page }) => {
  const user = E2E_USERS.editor;
  await page.goto(`${a().baseUrl}/sign-in`);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: new RegExp(user.name) })).toBeVisible();
  // Cookies are per host, not per port: the browser sends A's session to B.
  await page.goto(`${b().baseUrl}/settings`);
  await expect(page).toHaveURL(`${b().baseUrl}/settings`);
  await expect(page.getByRole("banner").getByRole("link", { name: new RegExp(user.name) })).toBeVisible();
});

test("the extract throttle counts requests to both servers together", async ({ request }) => {
  const ip = `10.${[1, 2, 3].map(() => Math.floor(Math.random() * 250) + 1).join(".")}`;
  const extract = (server: TallyProcess) =>
    request.post(`${server.baseUrl}/api/extract`, { headers: { "x-forwarded-for": ip }, data: { text: "At least 43 people were killed." } });
  // 60 a minute per address: 30 on each server are all answered, the next one on either is not.
  for (let i = 0; i < 30; i++) {
    expect((await extract(a())).status()).toBe(200);
    expect((await extract(b())).status()).toBe(200);
  }
  const refused = await extract(a());
  expect(refused.status()).toBe(429);
  expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/Too many texts read from this address/);
});

test("the sign-in throttle counts failures on both servers together", async ({ page }) => {
  const ip = `10.${[1, 2, 3].map(() => Math.floor(Math.random() * 250) + 1).join(".")}`;
  await page.setExtraHTTPHeaders({ "x-forwarded-for": ip });
  // 20 failures per address per 15 minutes (each with another unknown email: no per-account delay).
  for (let i = 0; i < 20; i++) {
    await page.goto(`${(i % 2 ? b() : a()).baseUrl}/sign-in`);
    await page.getByLabel("Email").fill(`nobody-${i}-${Date.now()}@tally.test`);
    await page.getByLabel("Password").fill("wrong password, on purpose");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText(/wrong|incorrect|not right/i)).toBeVisible();
  }
  await page.goto(`${a().baseUrl}/sign-in`);
  await page.getByLabel("Email").fill(E2E_USERS.viewer.email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(/too many/i)).toBeVisible();
});

test("a value logged on server A reaches a live stream open on server B", async ({ request }) => {
  const figures = (await (await request.get(`${a().baseUrl}/api/figures`)).json()) as { figures: { slug: string }[] };
  const slug = figures.figures[0]!.slug;
  const outlets = (await (await request.get(`${a().baseUrl}/api/outlets`)).json()) as { outlets: { id: string }[] };
  const printed = execFileSync(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", "scripts/token-create.ts", "--email", E2E_USERS.editor.email, "--name", `two-servers ${Date.now()}`, "--scopes", "observations:write"],
    { env: { ...process.env, DATABASE_URL: databaseUrl }, encoding: "utf8" },
  );
  const token = /token \(shown only now\): (\S+)/.exec(printed)![1]!;

  const live = await fetch(`${b().baseUrl}/api/live`, { headers: { accept: "text/event-stream" } });
  expect(live.status).toBe(200);
  const reader = live.body!.getReader();
  let text = "";
  const heard = (id: string) =>
    waitUntil(async () => {
      const { value } = await reader.read();
      text += new TextDecoder().decode(value);
      return text.includes(id);
    }, 30_000);
  const quote = `Two servers: at least 71 people, ${Date.now()}.`;
  const res = await request.post(`${a().baseUrl}/api/figures/${slug}/observations`, {
    headers: { authorization: `Bearer ${token}` },
    data: { outletId: outlets.outlets[0]!.id, qualifier: "at_least", value: "71", reportedOn: "2025-11-30", citedSources: ["two-servers spec"], quote, force: true },
  });
  expect(res.status(), await res.text()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  expect(await heard(id)).toBe(true);
  await reader.cancel();
});

test("the job queue's schedule fires once a minute across all servers, not once per server", async () => {
  test.setTimeout(200_000);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // The sweep is scheduled every minute, the staleness check every ten, by the same pg-boss cron.
    const sweepsSinceStart = async () =>
      (
        await client.query<{ minute: string; n: number }>(
          "SELECT date_trunc('minute', created_on)::text AS minute, count(*)::int AS n FROM pgboss.job WHERE name = 'webhook-sweep' AND created_on >= $1 GROUP BY 1 ORDER BY 1",
          [startedAt],
        )
      ).rows;
    expect(await waitUntil(async () => (await sweepsSinceStart()).length >= 2, 180_000)).toBe(true);
    const rows = await sweepsSinceStart();
    expect(rows.every((r) => r.n === 1), JSON.stringify(rows)).toBe(true);
    const schedules = await client.query<{ name: string }>("SELECT name FROM pgboss.schedule ORDER BY name");
    expect(schedules.rows.map((r) => r.name)).toEqual(["monitoring-stale-check", "webhook-sweep"]);
  } finally {
    await client.end();
  }
});
