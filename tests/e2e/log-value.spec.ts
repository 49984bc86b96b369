import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { chartPoints, fetchObservations, fillLogForm, logThroughForm, tableRows, uniqueTag, signIn } from "./helpers";

test.beforeEach(async ({ page }) => signIn(page, "editor"));

test("logging a value with a new outlet shows it in the table, on the chart and in a toast", async ({
  page,
  request,
}) => {
  // This figure is written to by this test only, so the counts below cannot move under it.
  const slug = "us-boat-strike-vessels";
  const tag = uniqueTag();
  const outlet = `E2E Wire ${tag}`;
  const quote = `The strikes have now destroyed at least 12 vessels, officials said (e2e ${tag}).`;
  const before = await fetchObservations(request, slug);
  const publishedBefore = before.filter((o) => o.status === "published").length;

  await page.goto(`/figures/${slug}`);
  await expect(chartPoints(page)).toHaveCount(publishedBefore);
  await page.getByRole("link", { name: "Log a new value" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Log a reported value" })).toBeVisible();

  await fillLogForm(page, {
    quote,
    qualifier: "at least",
    value: "12",
    outlet: { newName: outlet, kind: "wire agency" },
    citedSources: "AFP tallies > US figures",
    reportedOn: "2025-11-05",
  });
  await page.getByRole("button", { name: "Save value" }).click();

  await expect(page).toHaveURL(new RegExp(`/figures/${slug}\\?logged=[0-9a-f-]{36}$`));
  await expect(page.getByText(`Saved: at least 12 vessels, ${outlet}`)).toBeVisible();

  const row = tableRows(page).filter({ hasText: `e2e ${tag}` });
  await expect(row).toHaveCount(1);
  await expect(row).toHaveClass(/\bhighlight\b/);
  await expect(row.getByRole("cell").nth(0)).toHaveText("at least 12 vessels");
  await expect(row.getByRole("cell").nth(1)).toHaveText(outlet);
  await expect(row.getByRole("cell").nth(2)).toHaveText("AFP tallies › US figures");
  await expect(row.getByRole("cell").nth(3)).toHaveText("Nov 5, 2025");
  await expect(row.getByRole("cell").nth(5)).toContainText(quote);
  await expect(tableRows(page)).toHaveCount(before.length + 1);

  // The pointer may have been left over the chart by the click; a hovered point adds an active dot.
  await page.mouse.move(0, 0);
  await expect(chartPoints(page)).toHaveCount(publishedBefore + 1);
  await expect(page.getByTestId("figure-chart").getByText(outlet, { exact: true })).toBeVisible();
  await expect(page.getByTestId("figure-chart").locator(`[data-qualifier="at_least"]`)).not.toHaveCount(0);

  expect((await fetchObservations(request, slug)).map((o) => o.quote)).toContain(quote);
});

test("the CSV download holds a value just logged against an existing outlet", async ({ page }) => {
  const slug = "us-aid-to-colombia-expected-cut";
  const tag = uniqueTag();
  // A comma and double quotes, so the row only parses back if the CSV is quoted properly.
  const quote = `Aid is expected to fall by "at least 25%", the report says, citing officials (e2e ${tag}).`;
  const outlet = "Seed article 001 (publisher not named)";

  await logThroughForm(page, slug, {
    quote,
    qualifier: "at least",
    value: "25",
    outlet: { existing: outlet },
    citedSources: "Associated Press",
    reportedOn: "2025-11-02",
  });
  await expect(tableRows(page).filter({ hasText: `e2e ${tag}` })).toHaveCount(1);

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^tally-${slug}-history-\\d{4}-\\d{2}-\\d{2}\\.csv$`));

  const text = await readFile(await download.path(), "utf8");
  const records: Record<string, string>[] = parse(text, { columns: true, skip_empty_lines: true });
  expect(records.length).toBeGreaterThanOrEqual(2); // the seeded report and ours
  const mine = records.filter((r) => r.quote === quote);
  expect(mine).toHaveLength(1);
  expect(mine[0]).toMatchObject({
    figure_slug: slug,
    value: "25",
    qualifier: "at_least",
    outlet,
    cited_sources: "Associated Press",
    reported_on: "2025-11-02",
    status: "published",
  });
  // The seeded value is still there, oldest first.
  expect(records[0]).toMatchObject({ value: "20", qualifier: "at_least" });
});
