// Corrections and checks in a real browser, with real accounts: an edit conflict between two
// editors is shown, not lost; a second editor checks a value its logger could not; a retraction
// strikes it through; a viewer sees none of the desk's controls.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { fetchObservations, logThroughForm, signIn, tableRows, uniqueTag } from "./helpers";
import type { E2EUser } from "./users";

// Written to by this file only.
const SLUG = "colombia-coca-cultivation";

async function signedIn(browser: Browser, who: E2EUser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who);
  return page;
}

/** Logs a value through the form (as whoever `page` is signed in as) and returns its id. */
const logValue = (page: Page, tag: string, value: string) =>
  logThroughForm(page, SLUG, {
    quote: `Coca now covers ${value} hectares, the survey says (e2e ${tag}).`,
    qualifier: "exactly",
    value,
    outlet: { existing: "Seed article 000 (publisher not named)" },
    citedSources: "UNODC",
    reportedOn: "2025-10-20",
  });

/** Ana, an editor in her own browser, logs a value tagged for this test. */
async function anaLogs(browser: Browser, value: string) {
  const tag = uniqueTag();
  const ana = await signedIn(browser, "editor");
  return { ana, tag, id: await logValue(ana, tag, value) };
}

/** Ana logs a value; then Ana and Ben, two editors in two browsers, both open its edit form. */
async function bothEditing(browser: Browser, value: string) {
  test.setTimeout(150_000); // two editors in two browser contexts on a loaded machine
  const { ana, id } = await anaLogs(browser, value);
  const ben = await signedIn(browser, "editor2");
  await ana.goto(`/observations/${id}/edit`);
  await ben.goto(`/observations/${id}/edit`);
  return { ana, ben, id };
}

/** On an open edit form: fill in what changes (by its label), then save. */
async function saveCorrection(page: Page, change: { value?: string; note?: string; why?: string }) {
  if (change.value) await page.getByLabel(/^Value \(/).fill(change.value);
  if (change.note) await page.getByLabel("Note (optional)").fill(change.note);
  if (change.why) await page.getByLabel("Why the change?").fill(change.why);
  await page.getByRole("button", { name: "Save correction" }).click();
}

test("two editors change the same value: the second sees both reasons and must choose; theirs is the default", async ({
  browser,
}) => {
  const { ana, ben, id } = await bothEditing(browser, "260,000");

  await saveCorrection(ana, { value: "261,000", why: "UNODC revised it" });
  await expect(ana).toHaveURL(new RegExp(`/observations/${id}$`));
  await expect(ana.getByRole("heading", { level: 1 })).toContainText("261,000 hectares");
  await expect(ana.getByText("Saved. The value needs checking again by another editor.")).toBeVisible();

  await saveCorrection(ben, {
    value: "262,000",
    note: "Checked with the survey team.",
    why: "The table says 262,000",
  });
  const conflict = ben.getByTestId("edit-conflict");
  await expect(conflict.getByRole("heading", { name: "Someone else saved this value first" })).toBeFocused();
  await expect(conflict).toContainText("Ana Editor saved version 2");
  await expect(conflict).toContainText("You both changed Value.");
  const valueRow = conflict.locator('tr[data-field="value"]');
  await expect(valueRow.getByRole("cell").nth(0)).toHaveText("260000");
  await expect(valueRow.getByRole("cell").nth(1)).toHaveText("261000");
  await expect(valueRow.getByRole("cell").nth(2)).toHaveText("262,000");
  await expect(conflict.locator('tr[data-field="quote"]')).toHaveCount(0);
  await expect(conflict.getByTestId("their-reason")).toHaveText("“UNODC revised it” (Ana Editor)");
  await expect(conflict.getByTestId("your-reason")).toHaveText("“The table says 262,000”");
  await expect(conflict.getByTestId("merged-on-their-own")).toHaveText("Merged on their own: Note (yours).");
  await expect(valueRow.getByRole("radio", { name: "Theirs" })).toBeChecked();
  // Nothing of Ben's reached the database.
  expect((await fetchObservations(ben.request, SLUG)).find((o) => o.id === id)).toMatchObject({
    value: "261000",
    version: 2,
  });

  await valueRow.getByRole("radio", { name: "Mine" }).check();
  await ben.getByRole("button", { name: "Save the merged version" }).click();
  await expect(ben).toHaveURL(new RegExp(`/observations/${id}$`));
  await expect(ben.getByRole("heading", { level: 1 })).toContainText("262,000 hectares");
  await expect(ben.getByRole("definition").filter({ hasText: "Checked with the survey team." })).toBeVisible();
  const timeline = ben.locator('[data-testid="revision-timeline"] > li');
  await expect(timeline).toHaveCount(3);
  await expect(timeline.nth(0)).toContainText(/Ben Editor edited Reported value: 261,000 hectares →.*262,000 hectares/);
  await expect(timeline.nth(1)).toContainText(/Ana Editor edited Reported value: 260,000 hectares →.*261,000 hectares/);
  await expect(timeline.nth(1)).toContainText("Reason: UNODC revised it");
  await expect(timeline.nth(2)).toContainText("Ana Editor created");
});

test("the 62 → 61 case: A corrects the value, B only adds a note; B's save merges and the value stays 61", async ({
  browser,
}) => {
  const { ana, ben, id } = await bothEditing(browser, "62");
  await saveCorrection(ana, { value: "61", why: "the article says 61" });
  await expect(ana.getByRole("heading", { level: 1 })).toContainText("61 hectares");

  await saveCorrection(ben, { note: "Seen in the print edition too." });
  await expect(ben).toHaveURL(new RegExp(`/observations/${id}$`));
  await expect(ben.getByText("Saved, merged with the change another editor made since you opened it.")).toBeVisible();
  await expect(ben.getByRole("heading", { level: 1 })).toContainText("61 hectares");
  await expect(ben.getByRole("definition").filter({ hasText: "Seen in the print edition too." })).toBeVisible();
  expect((await fetchObservations(ben.request, SLUG)).find((o) => o.id === id)).toMatchObject({
    value: "61",
    version: 3,
  });
});

test("a rejected correction shows the error by its field, keeps every choice, and saves once fixed", async ({
  page,
}) => {
  await signIn(page, "editor");
  const id = await logValue(page, uniqueTag(), "250,000");
  await page.goto(`/observations/${id}/edit`);
  await page.getByLabel("Qualifier", { exact: true }).selectOption({ label: "at least" });
  await page.getByLabel("Precision", { exact: true }).selectOption({ label: "Year" });
  const value = page.getByLabel("Value (hectares)", { exact: true });
  await value.fill("lots");
  await page.getByRole("button", { name: "Save correction" }).click();

  await expect(page.getByRole("alert").filter({ hasText: "Please fix this field: value." })).toBeFocused();
  const message = "Enter a plain number like 43, 253,000 or 1.5 (no units or words).";
  await expect(value).toHaveAttribute("aria-invalid", "true");
  await expect(value).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await expect(value).toHaveValue("lots");
  // The selects show what was chosen, not their first option.
  await expect(page.getByLabel("Qualifier", { exact: true })).toHaveValue("at_least");
  await expect(page.getByLabel("Precision", { exact: true })).toHaveValue("year");
  await expect(page.getByLabel("Outlet", { exact: true }).locator("option:checked")).toHaveText(
    "Seed article 000 (publisher not named)",
  );

  await value.fill("251,000");
  await page.getByLabel("Quote", { exact: true }).press("Control+Enter");
  await expect(page).toHaveURL(new RegExp(`/observations/${id}(\\?|$)`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("at least 251,000 hectares");
});

test("the logger cannot check their own value; a second editor checks it and it leaves the queue", async ({
  browser,
}) => {
  const { ana, tag, id } = await anaLogs(browser, "255,000");

  await ana.goto("/review");
  const own = ana.locator(`#review-${id}`);
  await expect(own).toContainText(`e2e ${tag}`);
  await expect(own.getByRole("button", { name: "Check" })).toBeDisabled();
  await expect(own).toContainText("You logged this value, so another editor has to check it.");

  const ben = await signedIn(browser, "editor2");
  await ben.goto("/review");
  const item = ben.locator(`#review-${id}`);
  await expect(item).toContainText("logged by Ana Editor");
  await item.getByRole("button", { name: "Check" }).click();
  await expect(ben.getByText("Marked as checked.")).toBeVisible();
  await expect(ben.locator(`#review-${id}`)).toHaveCount(0);

  await ben.goto(`/observations/${id}`);
  await expect(ben.getByTestId("check-status")).toHaveText("Checked");
  await expect(ben.locator('[data-testid="revision-timeline"] > li').first()).toContainText("Ben Editor checked");
});

test("a value sent back with a comment shows the comment to its logger", async ({ browser }) => {
  const { ana, id } = await anaLogs(browser, "256,000");
  const ben = await signedIn(browser, "editor2");
  await ben.goto(`/observations/${id}`);
  await ben.getByText("Send back…").click();
  await ben.getByRole("button", { name: "Send back with this comment" }).click();
  await expect(ben.getByText("Say what needs fixing before sending it back.")).toBeVisible();
  await ben.getByLabel("What needs fixing?").fill("The survey says 265,000.");
  await ben.getByRole("button", { name: "Send back with this comment" }).click();
  await expect(ben.getByText("Sent back to the editor who logged it.")).toBeVisible();

  await ana.goto("/review");
  await expect(ana.locator(`#review-${id}`)).toContainText("Sent back by Ben Editor: The survey says 265,000.");
});

test("a retracted value is struck through with its reason, leaves the chart, and stays in the table", async ({
  browser,
}) => {
  const { ana: page, tag, id } = await anaLogs(browser, "270,000");
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
  await page.mouse.move(0, 0);
  const published = (await fetchObservations(page.request, SLUG)).filter((o) => o.status === "published").length;
  await expect(page.getByTestId("figure-chart").getByTestId("chart-point")).toHaveCount(published);
});

test("a viewer sees a value and its history but none of the desk's controls", async ({ browser, page }) => {
  const [first] = await fetchObservations(page.request, SLUG);
  const vic = await signedIn(browser, "viewer");
  await vic.goto(`/observations/${first.id}`);
  await expect(vic.getByRole("heading", { name: "History of this value" })).toBeVisible();
  await expect(vic.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
  await expect(vic.getByRole("button", { name: "Check", exact: true })).toHaveCount(0);
  await expect(vic.getByText("Send back…")).toHaveCount(0);
  await expect(vic.getByText("Retract…")).toHaveCount(0);
  await vic.goto("/review");
  await expect(vic).toHaveURL(/\/sign-in\?/);
});

test("an as-of date that does not exist (Feb 30) says so and shows the figure as it is now, table included", async ({
  page,
}) => {
  await page.goto(`/figures/${SLUG}?asOf=2025-02-30`);
  await expect(page.getByRole("alert").filter({ hasText: "Showing the figure as it is now." })).toContainText(
    "YYYY-MM-DD",
  );
  await expect(page.getByTestId("as-of-banner")).toHaveCount(0);
  await expect(tableRows(page).first()).toBeVisible();
  await expect(page.getByTestId("figure-chart")).toBeVisible();
});

for (const [name, path] of [
  ["review queue", () => "/review"],
  ["observation page", (id: string) => `/observations/${id}`],
  ["edit form", (id: string) => `/observations/${id}/edit`],
  ["history", () => `/figures/${SLUG}/history`],
  ["as-of view", () => `/figures/${SLUG}?asOf=${new Date().toISOString().slice(0, 10)}`],
  ["manage outlets", () => "/manage/outlets"],
] as const) {
  test(`the ${name} has no serious or critical axe violations`, async ({ browser }) => {
    const page = await signedIn(browser, "editor");
    const [first] = await fetchObservations(page.request, SLUG);
    await page.goto(path(first.id));
    // The page's own content; the shared header is covered by accessibility.spec.ts.
    const { violations } = await new AxeBuilder({ page }).include("main").analyze();
    const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test("merging a duplicate outlet moves its values to the one kept and records it on each value", async ({
  browser,
}) => {
  const tag = uniqueTag();
  const page = await signedIn(browser, "editor");
  const duplicate = `E2E Dup ${tag}`;
  const id = await logThroughForm(page, SLUG, {
    quote: `Coca covers 258,000 hectares (e2e ${tag}).`,
    qualifier: "exactly",
    value: "258,000",
    outlet: { newName: duplicate },
    citedSources: "UNODC",
    reportedOn: "2025-10-21",
  });

  await page.goto("/manage/outlets");
  await page.getByLabel("Duplicate (its values move)").selectOption({ label: `${duplicate} (1)` });
  const keep = page.getByLabel("Keep", { exact: true });
  await keep.selectOption((await keep.locator("option", { hasText: "Seed article 000" }).getAttribute("value"))!);
  await page.getByLabel("Why they are the same").fill("One publisher, two names");
  await page.getByRole("button", { name: "Merge" }).click();
  await expect(
    page.getByText(`Merged ${duplicate} into Seed article 000 (publisher not named): 1 value moved.`),
  ).toBeVisible();
  await expect(page.getByText("Merged into Seed article 000 (publisher not named)")).toBeVisible();

  await page.goto(`/observations/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Seed article 000");
  const latest = page.locator('[data-testid="revision-timeline"] > li').first();
  await expect(latest).toContainText(`Outlet: ${duplicate}`);
  await expect(latest).toContainText("Reason: One publisher, two names");
});
