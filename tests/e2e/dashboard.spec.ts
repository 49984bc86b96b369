import { expect, test } from "@playwright/test";
import { DEMO_FIGURES } from "../../lib/demo/demo-data";

test("the dashboard lists every seeded figure with its latest value", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Tracked figures" })).toBeVisible();

  for (const figure of DEMO_FIGURES) {
    await expect(page.getByRole("link", { name: figure.title, exact: true })).toBeVisible();
  }
  const deaths = page
    .getByTestId("figure-card")
    .filter({ hasText: "People killed in US strikes on alleged drug boats" });
  await expect(deaths).toHaveCount(1);
  await expect(deaths).toContainText("at least 43 people");
  await expect(deaths).toContainText("Seed article 001 (publisher not named)");

  const plantedArea = page.getByTestId("figure-card").filter({ hasText: "Land under coca cultivation in Colombia" });
  await expect(plantedArea).toContainText("253,000 hectares");
});

test("the topic filter narrows the list to that topic", async ({ page }) => {
  await page.goto("/");
  const topics = page.getByRole("navigation", { name: "Filter by topic" });
  await expect(topics.getByRole("link", { name: "All topics" })).toHaveAttribute("aria-current", "page");

  await topics.getByRole("link", { name: "Cocaine and coca", exact: true }).click();
  await expect(page).toHaveURL(/\?topic=Cocaine(\+|%20)and(\+|%20)coca$/);
  await expect(topics.getByRole("link", { name: "Cocaine and coca", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );

  const cards = page.getByTestId("figure-card");
  const drugFigures = DEMO_FIGURES.filter((f) => f.topics?.includes("Cocaine and coca"));
  await expect(cards).toHaveCount(drugFigures.length);
  for (const f of drugFigures) await expect(page.getByRole("link", { name: f.title, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "People killed in US strikes on alleged drug boats" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "US aid to Colombia per fiscal year" })).toHaveCount(0);
  for (const card of await cards.all()) await expect(card).toContainText(/Cocaine and coca/i);

  // Back to every topic: other specs add figures of their own, so the count is not fixed; the
  // figures outside the topic are back.
  await topics.getByRole("link", { name: "All topics" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(topics.getByRole("link", { name: "All topics" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("link", { name: "US aid to Colombia per fiscal year", exact: true })).toBeVisible();
  expect(await cards.count()).toBeGreaterThan(drugFigures.length);
});
