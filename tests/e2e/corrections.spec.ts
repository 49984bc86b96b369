// Corrections and checks in a real browser: an edit conflict between two editors is shown, not
// lost; a value is checked by someone other than its logger; a retraction strikes it through.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { fetchObservations, fillLogForm, tableRows, uniqueTag } from "./helpers";

// Written to by this file only.
const SLUG = "colombia-coca-cultivation";

/** Logs a value through the form and returns its id. */
async function logValue(page: Page, tag: string, value = "260,000"): Promise<string> {
  await page.goto(`/figures/${SLUG}/log`);
  await fillLogForm(page, {
    quote: `Coca now covers ${value} hectares, the survey says (e2e ${tag}).`,
    qualifier: "exactly",
    value,
    outlet: { existing: "Seed article 000 (publisher not named)" },
    citedSources: "UNODC",
    reportedOn: "2025-10-20",
  });
  await page.getByRole("button", { name: "Save value" }).click();
  const url = new URL(await page.waitForURL(/logged=/).then(() => page.url()));
  return url.searchParams.get("logged")!;
}

test("two editors edit the same value: the second save shows the conflict screen, and can re-apply on top", async ({ browser, page }) => {
  const tag = uniqueTag();
  const id = await logValue(page, tag);

  const ana = await (await browser.newContext()).newPage();
  const ben = await (await browser.newContext()).newPage();
  await ana.goto(`/observations/${id}/edit`);
  await ben.goto(`/observations/${id}/edit`);

  await ana.getByLabel(/^Value \(/).fill("261,000");
  await ana.getByLabel("Why the change?").fill("UNODC revised it");
  await ana.getByRole("button", { name: "Save correction" }).click();
  await expect(ana).toHaveURL(new RegExp(`/observations/${id}$`));
  await expect(ana.getByRole("heading", { level: 1 })).toContainText("261,000 hectares");
  await expect(ana.getByText("Saved. The value needs checking again by another editor.")).toBeVisible();

  await ben.getByLabel(/^Value \(/).fill("262,000");
  await ben.getByRole("button", { name: "Save correction" }).click();
  const conflict = ben.getByTestId("edit-conflict");
  await expect(conflict.getByRole("heading", { name: "Someone else saved this value first" })).toBeFocused();
  await expect(conflict).toContainText("Your changes were not saved");
  const valueRow = conflict.locator('tr[data-field="value"]');
  await expect(valueRow).toHaveClass(/differs/);
  await expect(valueRow.getByRole("cell")).toHaveText(["261000", "262,000"]);
  await expect(conflict.locator('tr[data-field="quote"]')).not.toHaveClass(/differs/);
  // Nothing of Ben's reached the database.
  expect((await fetchObservations(ben.request, SLUG)).find((o) => o.id === id)).toMatchObject({ value: "261000", version: 2 });

  await ben.getByRole("button", { name: "Apply mine on top of version 2" }).click();
  await expect(ben).toHaveURL(new RegExp(`/observations/${id}$`));
  await expect(ben.getByRole("heading", { level: 1 })).toContainText("262,000 hectares");
  const timeline = ben.locator('[data-testid="revision-timeline"] > li');
  await expect(timeline).toHaveCount(3);
  await expect(timeline.nth(0)).toContainText(/edited Reported value: 261,000 hectares →.*262,000 hectares/);
  await expect(timeline.nth(1)).toContainText(/edited Reported value: 260,000 hectares →.*261,000 hectares/);
  await expect(timeline.nth(1)).toContainText("Reason: UNODC revised it");
  await expect(timeline.nth(2)).toContainText("created");
});

test("the logger cannot check their own value; a value logged by someone else can be checked and leaves the queue", async ({ page }) => {
  const tag = uniqueTag();
  const mine = await logValue(page, tag, "255,000");

  await page.goto("/review");
  const own = page.getByTestId("review-item").filter({ hasText: `e2e ${tag}` });
  await expect(own.getByRole("button", { name: "Check" })).toBeDisabled();
  await expect(own).toContainText("You logged this value, so another editor has to check it.");

  // The demo loader logged this one: anyone else on the desk may check it.
  const demo = (await fetchObservations(page.request, SLUG)).find((o) => o.quote.includes("253,000 hectares"))!;
  const item = page.locator(`#review-${demo.id}`);
  await expect(item).toContainText("logged by demo data");
  await item.getByRole("button", { name: "Check" }).click();
  await expect(page.getByText("Marked as checked.")).toBeVisible();
  await expect(page.locator(`#review-${demo.id}`)).toHaveCount(0);

  await page.goto(`/observations/${demo.id}`);
  await expect(page.getByTestId("check-status")).toHaveText("Checked");
  await expect(page.getByTestId("revision-timeline")).toContainText("checked");
  expect(mine).not.toBe(demo.id);
});

test("a retracted value is struck through with its reason, leaves the chart, and stays in the table", async ({ page }) => {
  const tag = uniqueTag();
  const id = await logValue(page, tag, "270,000");
  await page.goto(`/observations/${id}`);
  await page.getByText("Retract…").click();
  await page.getByLabel("Why is it retracted?").fill(`Misread table (e2e ${tag})`);
  await page.getByRole("button", { name: "Retract this value" }).click();
  await expect(page.getByText("Retracted. The value stays in the table and the CSV, struck through.")).toBeVisible();
  await expect(page.getByRole("note").first()).toContainText(`Retracted: Misread table (e2e ${tag})`);

  await page.goto(`/figures/${SLUG}`);
  const row = tableRows(page).filter({ hasText: `e2e ${tag}` });
  await expect(row).toHaveClass(/retracted/);
  await expect(row).toContainText(`Retracted: Misread table (e2e ${tag})`);
  await expect(page.getByTestId("figure-chart").locator(`[data-testid="chart-point"]`)).toHaveCount(
    (await fetchObservations(page.request, SLUG)).filter((o) => o.status === "published").length,
  );
});

test("the review, observation, edit and history pages have no serious or critical axe violations", async ({ page }) => {
  const [first] = await fetchObservations(page.request, SLUG);
  const today = new Date().toISOString().slice(0, 10);
  for (const path of ["/review", `/observations/${first.id}`, `/observations/${first.id}/edit`, `/figures/${SLUG}/history`, `/figures/${SLUG}?asOf=${today}`]) {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
});
