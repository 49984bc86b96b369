import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { chartPoints } from "./helpers";

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
}

test("the dashboard has no serious or critical axe violations", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("figure-card").first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("a figure page, chart drawn, has no serious or critical axe violations", async ({ page }) => {
  await page.goto("/figures/us-boat-strike-deaths");
  await expect(chartPoints(page).first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("the embed page has no serious or critical axe violations", async ({ page }) => {
  await page.goto("/embed/figures/us-boat-strike-deaths");
  await expect(chartPoints(page).first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
