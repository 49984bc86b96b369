import { expect, test } from "@playwright/test";
import { fetchObservations, tableRows, uniqueTag, signIn } from "./helpers";

test.beforeEach(async ({ page }) => signIn(page, "editor"));

test("a bad submission shows each error by its field, keeps the input and saves nothing", async ({ page, request }) => {
  // This figure is written to by no other test, so its counts cannot move under this one.
  const slug = "colombia-largest-cocaine-seizure";
  const tag = uniqueTag();
  const quote = `This submission must not be saved (e2e ${tag}).`;
  const before = await fetchObservations(request, slug);
  await page.goto(`/figures/${slug}`);
  await expect(tableRows(page)).toHaveCount(before.length);

  await page.goto(`/figures/${slug}/log`);
  await page.getByLabel("Quote", { exact: true }).fill(quote);
  await page.getByLabel("Qualifier", { exact: true }).selectOption({ label: "at least" });
  // No value, no outlet, a link that is not one.
  await page.getByLabel("Cited source", { exact: true }).fill("Gustavo Petro");
  await page.getByLabel("Link to the article", { exact: true }).fill("not a url");
  await page.getByRole("button", { name: "Save value" }).click();

  const alert = page.getByRole("alert").filter({ hasText: "Nothing was saved." });
  await expect(alert).toBeVisible();
  await expect(alert).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`/figures/${slug}/log$`));

  const value = page.getByLabel("Value (tonnes)", { exact: true });
  const outlet = page.getByLabel("Outlet", { exact: true });
  const url = page.getByLabel("Link to the article", { exact: true });
  await expect(value).toHaveAttribute("aria-invalid", "true");
  await expect(outlet).toHaveAttribute("aria-invalid", "true");
  await expect(url).toHaveAttribute("aria-invalid", "true");
  // Each message is visible and tied to its own field (aria-describedby).
  for (const [field, message] of [
    [value, "Enter the reported number."],
    [outlet, "Pick an outlet, or add a new one."],
    [url, "Enter the article's full link, starting with https://."],
  ] as const) {
    await expect(page.getByText(message, { exact: true })).toBeVisible();
    await expect(field).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  }
  // Fields that were fine are not flagged.
  await expect(page.getByLabel("Quote", { exact: true })).not.toHaveAttribute("aria-invalid");
  await expect(page.getByLabel("Cited source", { exact: true })).not.toHaveAttribute("aria-invalid");

  // What was typed is still there.
  await expect(page.getByLabel("Quote", { exact: true })).toHaveValue(quote);
  await expect(page.getByLabel("Qualifier", { exact: true })).toHaveValue("at_least");
  await expect(page.getByLabel("Cited source", { exact: true })).toHaveValue("Gustavo Petro");
  await expect(url).toHaveValue("not a url");

  // Nothing was written.
  const after = await fetchObservations(request, slug);
  expect(after).toHaveLength(before.length);
  expect(after.map((o) => o.quote)).not.toContain(quote);
  await page.goto(`/figures/${slug}`);
  await expect(tableRows(page)).toHaveCount(before.length);
  await expect(page.getByText(quote)).toHaveCount(0);
});

test("after a rejected submission, the choices shown are the ones kept, and fixing the error saves them", async ({
  page,
}) => {
  // Written to by this test only.
  const slug = "us-sanctions-petro-people";
  const tag = uniqueTag();
  const quote = `Treasury named at least 5 people, a later report said (e2e ${tag}).`;
  const outlet = "Seed article 002 (publisher not named)";

  await page.goto(`/figures/${slug}/log`);
  await page.getByLabel("Quote", { exact: true }).fill(quote);
  await page.getByLabel("Qualifier", { exact: true }).selectOption({ label: "at least" });
  await page.getByLabel("Outlet", { exact: true }).selectOption({ label: outlet });
  await page.getByLabel("Cited source", { exact: true }).fill("US Treasury Department");
  await page.getByLabel("Reported on", { exact: true }).fill("2025-10-27");
  await page.getByRole("button", { name: "Save value" }).click(); // no value yet

  await expect(page.getByRole("alert").filter({ hasText: "Nothing was saved." })).toBeVisible();
  await expect(page.getByLabel("Value (people)", { exact: true })).toHaveAttribute("aria-invalid", "true");
  // The selects still show what was picked…
  await expect(page.getByLabel("Qualifier", { exact: true })).toHaveValue("at_least");
  await expect(page.getByLabel("Outlet", { exact: true }).locator("option:checked")).toHaveText(outlet);
  await expect(page.getByLabel("Reported on", { exact: true })).toHaveValue("2025-10-27");

  // …and that is what gets saved once the value is filled in (saved from the keyboard this time).
  await page.getByLabel("Value (people)", { exact: true }).fill("5");
  // From the quote's textarea, where Enter alone would only add a line.
  await page.getByLabel("Quote", { exact: true }).press("Control+Enter");
  await expect(page).toHaveURL(new RegExp(`/figures/${slug}\\?logged=`));
  const row = tableRows(page).filter({ hasText: `e2e ${tag}` });
  await expect(row.getByRole("cell").nth(0)).toHaveText("at least 5 people");
  await expect(row.getByRole("cell").nth(1)).toHaveText(outlet);
  await expect(row.getByRole("cell").nth(3)).toHaveText("Oct 27, 2025");
});
