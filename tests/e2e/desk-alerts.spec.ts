// The desk's day, part B: alerts that name the reports involved and fold their note away, bulk
// resolve; CSV (Excel) and the whole-dataset zip from the figure page; an example for every
// route on /api/docs. Screenshots at 1280 and 390 px go to E2E_SHOTS_DIR when it is set.
import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { signIn, sql, uniqueTag } from "./helpers";

const SHOTS = process.env.E2E_SHOTS_DIR;

/** A figure with two reports from one outlet and a decrease alert naming them (this test's own data). */
async function figureWithAlert(tag: string, n: number) {
  const slug = `e2e-desk-${n}-${tag}`;
  const [{ id: figureId }] = await sql<{ id: string }>(
    `INSERT INTO figure (slug, title, unit, kind) VALUES ($1, $2, 'people', 'cumulative') RETURNING id`,
    [slug, `Desk toll ${n} ${tag}`],
  );
  const [{ id: outletId }] = await sql<{ id: string }>(
    `INSERT INTO outlet (slug, name, kind) VALUES ($1, $2, 'newspaper') RETURNING id`,
    [`e2e-desk-outlet-${n}-${tag}`, `Desk Gazette ${n} ${tag}`],
  );
  const ids: string[] = [];
  for (const [value, day] of [
    ["57", "2025-09-01"],
    ["43", "2025-09-02"],
  ]) {
    const [{ id }] = await sql<{ id: string }>(
      `INSERT INTO observation (figure_id, outlet_id, value, qualifier, reported_on, cited_sources, quote, logged_by, url)
       VALUES ($1, $2, $3, 'at_least', $4, '{Officials}', $5, 'e2e', 'https://example.com/desk') RETURNING id`,
      [figureId, outletId, value, day, `At least ${value} people were killed, officials said (${tag}).`],
    );
    ids.push(id);
  }
  await sql(
    `INSERT INTO alert (rule, figure_id, observation_ids, details, message, dedupe_key) VALUES ('decrease', $1, $2::uuid[], '{}', $3, $4)`,
    [figureId, ids, `Desk Gazette ${n} reported a lower toll (${tag}).`, `e2e-desk-${n}-${tag}`],
  );
  return slug;
}

async function shoot(page: Page, name: string, opts: { fullPage?: boolean; scrollTo?: string } = {}) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 1200 });
    if (opts.scrollTo) await page.locator(opts.scrollTo).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: opts.fullPage ?? true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

test("alerts show value, outlet and quote; the note opens when asked for; ticked alerts resolve together", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const tag = uniqueTag();
  await figureWithAlert(tag, 1);
  await figureWithAlert(tag, 2);
  await signIn(page, "editor");
  await page.goto(`/alerts?q=${tag}`);
  const cards = page.getByTestId("alert-item");
  await expect(cards).toHaveCount(2);
  const first = cards.filter({ hasText: `Desk toll 1 ${tag}` });
  const reports = first.getByRole("list", { name: "Reports involved" }).getByRole("listitem");
  await expect(reports).toHaveCount(2);
  await expect(reports.first()).toContainText(`at least 57 people Desk Gazette 1 ${tag}, Sep 1, 2025`);
  await expect(reports.first()).toContainText(`At least 57 people were killed, officials said (${tag}).`);
  await expect(reports.first().getByRole("link", { name: "at least 57 people" })).toHaveAttribute(
    "href",
    /^\/observations\//,
  );
  await expect(first.getByLabel("Note")).toBeHidden();
  await first.getByText("Acknowledge or resolve…").click();
  await expect(first.getByLabel("Note")).toBeVisible();
  await shoot(page, "alerts");

  await page.getByRole("button", { name: "Tick all", exact: true }).click();
  await page.getByLabel("Note for the ticked alerts").fill("Both outlets corrected their tolls.");
  await page.getByRole("button", { name: "Resolve ticked" }).click();
  await expect(page.getByText("2 alerts resolved")).toBeVisible();
  await expect(page.getByText("No alerts match these filters.")).toBeVisible();
  await page.goto(`/alerts?q=${tag}&status=resolved`);
  await expect(page.getByTestId("alert-item")).toHaveCount(2);
  await expect(page.getByTestId("alert-item").first()).toContainText("Both outlets corrected their tolls.");
});

test("the figure page offers CSV, CSV (Excel) with a BOM, and the whole dataset", async ({ page }) => {
  const tag = uniqueTag();
  const slug = await figureWithAlert(tag, 3);
  await page.goto(`/figures/${slug}`);
  const excel = page.getByRole("link", { name: "CSV (Excel)" });
  const res = await page.request.get((await excel.getAttribute("href"))!);
  const body = await res.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(body.subarray(3).toString("utf8").split("\r\n")[1]).toMatch(/^at least 57 people,/);
  await expect(page.getByRole("link", { name: "Download CSV" })).toHaveAttribute(
    "href",
    `/api/figures/${slug}/history.csv`,
  );
  await expect(page.getByRole("link", { name: "Whole dataset (.zip)" })).toHaveAttribute("href", "/api/export.zip");
});

test("the API docs show an example for every route of the OpenAPI document", async ({ page, request }) => {
  test.setTimeout(150_000);
  const doc = (await (await request.get("/api/openapi.json")).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  const routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m}-${path}`));
  await page.goto("/api/docs");
  for (const id of routes) {
    const example = page.locator(`section[id="${id}"]`).getByTestId("api-example");
    await expect(example, id).toContainText("curl");
  }
  await expect(page.getByTestId("api-example")).toHaveCount(routes.length);
  // the page is long: the route that logs a value (body fields, newOutlet, the example)
  await shoot(page, "api-docs", { fullPage: false, scrollTo: 'section[id="post-/api/figures/{slug}/observations"]' });
});
