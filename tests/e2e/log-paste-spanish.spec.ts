// Logging a Spanish sentence: the parser reads "Al menos 57 personas" as at least 57 people, preselects
// it on a people figure without flagging the unit, and saves it with no unit warning.
import { expect, test } from "@playwright/test";
import { createFigureFromLog, fetchObservations, signIn, tableRows, uniqueTag } from "./helpers";

test.beforeEach(async ({ page }) => signIn(page, "editor"));

test("pasting “Al menos 57 personas murieron…” on a people figure proposes at least 57 people", async ({
  page,
  request,
}) => {
  const tag = uniqueTag();
  const slug = await createFigureFromLog(page, `E2E muertos ${tag}`, "people");

  const sentence = `Al menos 57 personas murieron en los ataques contra 14 lanchas desde septiembre, según EFE (e2e ${tag}).`;
  await page.getByLabel("Paste the sentence", { exact: true }).fill(sentence);
  const candidates = page.getByRole("group", { name: "Numbers found — choose the one to log" });
  await expect(candidates.getByRole("radio")).toHaveCount(2);
  await expect(candidates.getByRole("radio", { name: /Al menos 57 personas/ })).toBeChecked();
  // "personas" is the figure's unit; "lanchas" (vessels) is not.
  await expect(candidates.locator("label", { hasText: "Al menos 57 personas" })).toContainText("→ at least 57 people");
  await expect(candidates.locator("label", { hasText: "Al menos 57 personas" })).not.toContainText("not in people");
  await expect(candidates.locator("label", { hasText: "14 lanchas" })).toContainText("14 vessels (not in people)");
  await expect(page.getByLabel("Value (people)", { exact: true })).toHaveValue("57");
  await expect(page.getByLabel("Qualifier", { exact: true })).toHaveValue("at_least");
  await expect(page.getByLabel("Quote", { exact: true })).toHaveValue(sentence);

  await page
    .getByLabel("Link to the article", { exact: true })
    .fill(`https://www.efe${tag.replace(/-/g, "")}.com/2025/11/03/lanchas`);
  await expect(page.getByLabel("New outlet's name", { exact: true })).not.toHaveValue("");
  await page.getByLabel("Cited source", { exact: true }).fill("EFE");
  await page.getByRole("button", { name: "Save value" }).click();

  // No "unit differs" warning stands between the editor and the save.
  await expect(page).toHaveURL(new RegExp(`/figures/${slug}\\?logged=[0-9a-f-]{36}$`));
  const row = tableRows(page).filter({ hasText: `e2e ${tag}` });
  await expect(row.getByRole("cell").nth(0)).toHaveText("at least 57 people");
  const saved = await fetchObservations(request, slug);
  expect(saved).toHaveLength(1);
  expect(saved[0]).toMatchObject({ value: "57", qualifier: "at_least" });
});
