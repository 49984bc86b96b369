// The desk from the keyboard: each date field is one Tab stop (a text field; the calendar is for
// the mouse), and typing a date into it saves it.
import { expect, test } from "@playwright/test";
import { createFigureFromLog, fillLogForm, signIn, uniqueTag } from "./helpers";

test("date fields take one Tab stop each, in and out", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto("/figures/colombia-coca-cultivation/log");
  const reportedOn = page.getByLabel("Reported on", { exact: true });
  await reportedOn.focus();
  await page.keyboard.press("Control+a");
  await page.keyboard.type("2025-10-20");
  await expect(reportedOn).toHaveValue("2025-10-20");
  const steps: [string, string][] = [
    ["Tab", "Time (UTC, optional)"],
    ["Tab", "Refers to: from"],
    ["Tab", "Refers to: until"],
    ["Tab", "Precision"],
    ["Shift+Tab", "Refers to: until"],
    ["Shift+Tab", "Refers to: from"],
  ];
  for (const [key, label] of steps) {
    await page.keyboard.press(key);
    await expect(page.getByLabel(label, { exact: true })).toBeFocused();
  }
});

test("the review queue by keyboard only: filter by link, j/k, c, s with a comment, x and a bulk check with one reason", async ({
  browser,
}) => {
  test.setTimeout(120_000); // four values logged through the form first
  const tag = uniqueTag();
  const ana = await (await browser.newContext()).newPage();
  await signIn(ana, "editor");
  const slug = await createFigureFromLog(ana, `E2E review ${tag}`, "people");
  for (const value of ["11", "12", "13", "14"]) {
    await ana.goto(`/figures/${slug}/log`);
    await fillLogForm(ana, {
      quote: `At least ${value} people died (e2e ${tag} value ${value}).`,
      qualifier: "at least",
      value,
      outlet: { existing: "Seed article 000 (publisher not named)" },
      citedSources: "Ministry",
      reportedOn: `2025-10-${value}`,
    });
    await ana.getByRole("button", { name: "Save value" }).click();
    await expect(ana).toHaveURL(/logged=/);
  }

  const page = await (await browser.newContext()).newPage();
  await signIn(page, "editor2");
  await page.goto(`/review?figure=${slug}`);
  await expect(page.getByTestId("review-keys")).toContainText(
    "j / k next / previous · c check · s send back with a comment",
  );
  const items = page.getByTestId("review-item");
  await expect(items).toHaveCount(4);
  await expect(page.getByTestId("review-count")).toContainText("4 values wait for a second editor (filtered)");

  // Keys do nothing while typing in a field.
  await page.getByLabel("Why these can be checked together").focus();
  await page.keyboard.type("jc");
  await expect(page.getByLabel("Why these can be checked together")).toHaveValue("jc");
  await page.keyboard.press("Control+a");
  await page.keyboard.press("Delete");
  await page.getByLabel("Why these can be checked together").evaluate((el) => (el as HTMLElement).blur());

  await page.keyboard.press("j");
  await expect(items.nth(0)).toBeFocused();
  await page.keyboard.press("j");
  await page.keyboard.press("k");
  await expect(items.nth(0)).toBeFocused();
  await expect(items.nth(0)).toContainText("value 11");
  await page.keyboard.press("c");
  await expect(page.getByText("Marked as checked.")).toBeVisible();
  await expect(items).toHaveCount(3);

  // Send the next one back with a comment.
  await page.keyboard.press("j");
  await expect(items.nth(0)).toBeFocused();
  await page.keyboard.press("s");
  const comment = items.nth(0).getByLabel("What needs fixing?");
  await expect(comment).toBeFocused();
  await page.keyboard.type("The quote says 12 injured, not dead.");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Sent back to the editor who logged it.")).toBeVisible();
  await expect(items.filter({ hasText: "value 12" })).toContainText(
    "Sent back by Ben Editor: The quote says 12 injured, not dead.",
  );

  // Select the two others and check them together with one reason.
  const thirteen = items.filter({ hasText: "value 13" });
  const fourteen = items.filter({ hasText: "value 14" });
  for (const item of [thirteen, fourteen]) {
    for (let n = 0; n < 4 && !(await item.evaluate((el) => el === document.activeElement)); n++)
      await page.keyboard.press("j");
    await expect(item).toBeFocused();
    await page.keyboard.press("x");
    await expect(item.getByRole("checkbox")).toBeChecked();
  }
  await expect(page.getByRole("button", { name: "Check 2 selected" })).toBeEnabled();
  await page.keyboard.press("b");
  await expect(page.getByLabel("Why these can be checked together")).toBeFocused();
  await page.keyboard.type("Read together with the ministry's bulletin");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Marked as checked.")).toBeVisible();
  await expect(items).toHaveCount(1);
  await expect(items.nth(0)).toContainText("value 12");
});
