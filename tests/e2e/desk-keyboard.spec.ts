// The desk from the keyboard: each date field is one Tab stop (a text field; the calendar is for
// the mouse), and typing a date into it saves it.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("date fields take one Tab stop each, in and out", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto("/figures/colombia-coca-cultivation/log");
  const reportedOn = page.getByLabel("Reported on", { exact: true });
  await reportedOn.focus();
  await page.keyboard.press("Control+a");
  await page.keyboard.type("2025-10-20");
  await expect(reportedOn).toHaveValue("2025-10-20");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Time (UTC, optional)", { exact: true })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Refers to: from", { exact: true })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Refers to: until", { exact: true })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Precision", { exact: true })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByLabel("Refers to: until", { exact: true })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByLabel("Refers to: from", { exact: true })).toBeFocused();
});
