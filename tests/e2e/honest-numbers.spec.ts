// The seed stories of "honest numbers": every headline is made of what outlets reported, a change
// compares like with like, and a value with no period is never placed on the period axis.
import { expect, test, type Page } from "@playwright/test";

/** The dashboard's card of the figure `title`, once its headline says `headline`. */
async function cardSaying(page: Page, title: string, headline: string) {
  await page.goto("/");
  const card = page.getByTestId("figure-card").filter({ hasText: title });
  await expect(card.getByTestId("card-headline")).toHaveText(headline);
  return card;
}

test("boat strikes: the card and the page say 'at least 43 people', revised up from at least 37", async ({ page }) => {
  const deaths = await cardSaying(page, "People killed in US strikes on alleged drug boats", "at least 43 people");
  await expect(deaths.getByTestId("card-headline-change")).toHaveText("Revised: up from at least 37 people");
  await expect(deaths).toContainText("Period: through Oct 24, 2025 · 2 outlets' latest reports");
  await expect(deaths).not.toContainText("at least 40");
  await expect(deaths.getByText("Outlets disagree")).toHaveCount(0);

  await page.goto("/figures/us-boat-strike-deaths");
  await expect(page.getByTestId("figure-headline")).toHaveText("at least 43 people");
  await expect(page.getByTestId("figure-headline-change")).toHaveText("Revised: up from at least 37 people");
  await expect(page.getByTestId("figure-summary")).toContainText("at least 43 people");
});

test("aid: $230 million for fiscal 2025; the undated 'more than $700 million' is not subtracted", async ({ page }) => {
  const aid = await cardSaying(page, "US aid to Colombia per fiscal year", "$230 million");
  await expect(aid).toContainText("Period: the fiscal year that ended September 30, 2025");
  await expect(aid).not.toContainText("470");
  await expect(aid.getByTestId("card-headline-change")).toHaveCount(0);

  await page.goto("/figures/us-aid-to-colombia?x=refers");
  await expect(page.getByTestId("figure-headline")).toHaveText("$230 million");
  const undated = page.getByTestId("chart-undated");
  await expect(undated).toContainText("Period not given");
  await expect(undated).toContainText("more than $700 million");
  await expect(undated).not.toContainText("$230 million");
});

test("four outlets that report the same number agree, in words", async ({ page }) => {
  await cardSaying(page, "People sanctioned by the US Treasury over Petro", "4 people (4 outlets agree)");
});
