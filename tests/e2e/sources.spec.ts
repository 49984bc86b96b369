// Independent sources in words: the card and the figure page say how many independent sources the
// outlets' latest reports go back to, and the who-cites-whom tree works with a keyboard and axe.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

const SHOTS = process.env.SHOTS_DIR;
const shoot = async (page: Page, name: string) => {
  if (!SHOTS) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
};

test("the toll's card says its outlets go back to one independent source, the US government", async ({ page }) => {
  await page.goto("/");
  const card = page.getByTestId("figure-card").filter({ hasText: "People killed in US strikes on alleged drug boats" });
  await expect(card.getByTestId("card-sources")).toHaveText("2 outlets · 1 independent source (US government)");
  await shoot(page, "dashboard");
});

test("the figure page shows who cites whom, reachable by keyboard, with no serious axe violations", async ({
  page,
}) => {
  await page.goto("/figures/us-boat-strike-deaths");
  const tree = page.getByTestId("who-cites-whom");
  await expect(tree.getByRole("heading", { level: 2, name: "Who cites whom" })).toBeVisible();
  await expect(page.getByTestId("figure-sources")).toContainText("2 outlets · 1 independent source (US government)");
  const outlet = tree.locator("summary", { hasText: "Seed article 001 (publisher not named)" });
  // <q> adds its quotation marks in CSS, so the text has none.
  await expect(tree).toContainText("cites: AFP tallies (AFP, news agency)");
  await expect(tree).toContainText("origin: US figures (US government, government)");
  await expect(tree).toContainText("origin: US authorities (US government, government)");

  // Tab from the top of the page until the tree has focus, then close and reopen an outlet.
  await page.locator("body").click({ position: { x: 1, y: 1 } });
  let reached = false;
  for (let i = 0; i < 250 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await tree.evaluate((el) => el.contains(document.activeElement));
  }
  expect(reached).toBe(true);
  while (!(await outlet.evaluate((el) => el === document.activeElement))) await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(outlet.locator("xpath=..")).not.toHaveAttribute("open", "");
  await page.keyboard.press("Enter");
  await expect(outlet.locator("xpath=..")).toHaveAttribute("open", "");
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText(/at least 43 people/);

  const { violations } = await new AxeBuilder({ page }).include("[data-testid=who-cites-whom]").analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await tree.scrollIntoViewIfNeeded();
  await shoot(page, "figure-page");
});

test("an editor sees the sources the cited chain traces to, and the sources to confirm", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto("/figures/us-boat-strike-deaths/log");
  await page.getByLabel("Cited source").fill("AFP tallies > US figures");
  await expect(page.getByTestId("source-proposal")).toHaveText(
    "Traces to: AFP (news agency) → US government (government); the last is the origin.",
  );
  await page.goto("/manage/sources");
  await expect(page.getByRole("heading", { level: 2, name: /Cited text to confirm/ })).toBeVisible();
  await expect(page.getByTestId("source-afp")).toContainText("news agency");
  const { violations } = await new AxeBuilder({ page }).include("main").analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await shoot(page, "manage-sources");
});
