import { expect, test } from "@playwright/test";
import { chartPoints, fetchObservations, tableRows } from "./helpers";

const SLUG = "us-boat-strike-deaths";

test("a figure page draws one chart point per published value and names the outlets", async ({ page, request }) => {
  const published = (await fetchObservations(request, SLUG)).filter((o) => o.status === "published");
  expect(published.length).toBeGreaterThanOrEqual(3); // the three seeded reports

  await page.goto(`/figures/${SLUG}`);
  await expect(
    page.getByRole("heading", { level: 1, name: "People killed in US strikes on alleged drug boats" }),
  ).toBeVisible();

  const chart = page.getByTestId("figure-chart");
  await expect(chart.locator("svg.recharts-surface").first()).toBeVisible();
  await expect(chartPoints(page)).toHaveCount(published.length);
  // The legend names each outlet that reported the figure.
  await expect(chart.getByText("Seed article 000 (publisher not named)", { exact: true })).toBeVisible();
  await expect(chart.getByText("Seed article 001 (publisher not named)", { exact: true })).toBeVisible();
  // The qualifier key and the summary a screen reader gets instead of the drawing.
  await expect(chart.getByText("at least / more than")).toBeVisible();
  const summary = await page.getByTestId("figure-summary").innerText();
  expect(summary).toContain("Latest period (through Oct 24, 2025): at least 43 people.");
  expect(summary).toContain("newest report: at least 43 people, Seed article 001 (publisher not named)");
  await expect(chart.getByRole("img", { name: summary, exact: true })).toBeVisible();
});

test("a figure page's table shows each report with outlet, cited source and quote", async ({ page, request }) => {
  const all = await fetchObservations(request, SLUG);
  await page.goto(`/figures/${SLUG}`);

  const table = page.getByTestId("observation-table");
  for (const header of ["Reported value", "Outlet", "Cited source", "Reported", "Quote"]) {
    await expect(table.getByRole("columnheader", { name: header, exact: true })).toBeVisible();
  }
  await expect(tableRows(page)).toHaveCount(all.length);

  const afp = tableRows(page).filter({ hasText: "according to AFP tallies based on US figures" });
  await expect(afp).toHaveCount(1);
  await expect(afp.getByRole("cell").nth(0)).toHaveText("at least 43 people");
  await expect(afp.getByRole("cell").nth(1)).toHaveText("Seed article 001 (publisher not named)");
  await expect(afp.getByRole("cell").nth(2)).toHaveText("AFP tallies › US figures");
  await expect(afp.getByRole("cell").nth(3)).toHaveText("Oct 24, 2025");
  await expect(afp.getByRole("cell").nth(5)).toContainText(
    "In the past two months, the US has destroyed 10 vessels and killed at least 43 people in strikes off the coast of South America",
  );

  const exact17 = tableRows(page).filter({ hasText: "17 people" });
  await expect(exact17.getByRole("cell").nth(1)).toHaveText("Seed article 000 (publisher not named)");
  await expect(exact17.getByRole("cell").nth(2)).toHaveText("US administration");
});
