// The seed stories of "honest numbers": every headline is made of what outlets reported, a change
// compares like with like, and a value with no period is never placed on the period axis.
import { expect, test } from "@playwright/test";

const card = (page: import("@playwright/test").Page, title: string) =>
  page.getByTestId("figure-card").filter({ hasText: title });

test("boat strikes: the card and the page say 'at least 43 people', revised up from at least 37", async ({ page }) => {
  await page.goto("/");
  const deaths = card(page, "People killed in US strikes on alleged drug boats");
  await expect(deaths.getByTestId("card-headline")).toHaveText("at least 43 people");
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
  await page.goto("/");
  const aid = card(page, "US aid to Colombia per fiscal year");
  await expect(aid.getByTestId("card-headline")).toHaveText("$230 million");
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
  await page.goto("/");
  await expect(card(page, "People sanctioned by the US Treasury over Petro").getByTestId("card-headline")).toHaveText(
    "4 people (4 outlets agree)",
  );
});
