import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { chartPoints, fillLogForm, signIn, tableRows, uniqueTag } from "./helpers";

const SLUG = "us-boat-strike-deaths";

type Obs = { id: string; status: string; quote: string; display: string; outlet: { name: string; slug: string } };

async function observations(request: import("@playwright/test").APIRequestContext, slug: string): Promise<Obs[]> {
  const res = await request.get(`/api/figures/${slug}`);
  expect(res.status()).toBe(200);
  return (await res.json()).observations;
}

test("the chart draws one series per outlet with exactly that outlet's published values", async ({ page, request }) => {
  const published = (await observations(request, SLUG)).filter((o) => o.status === "published");
  const byOutlet = new Map<string, string[]>();
  for (const o of published) byOutlet.set(o.outlet.name, [...(byOutlet.get(o.outlet.name) ?? []), o.id]);
  expect(byOutlet.size).toBeGreaterThanOrEqual(2);

  await page.goto(`/figures/${SLUG}`);
  const chart = page.getByTestId("figure-chart");
  await expect(chartPoints(page)).toHaveCount(published.length);
  for (const [outlet, ids] of byOutlet) {
    await expect(chart.getByRole("button", { name: outlet, exact: true })).toHaveAttribute("aria-pressed", "true");
    const points = chart.locator(`[data-testid="chart-point"][data-outlet="${outlet}"]`);
    await expect(points).toHaveCount(ids.length);
    expect((await points.evaluateAll((els) => els.map((e) => e.getAttribute("data-id")))).sort()).toEqual(
      ids.slice().sort(),
    );
  }
});

test("hovering a point shows its value, outlet, cited source and the quote", async ({ page, request }) => {
  const published = (await observations(request, SLUG)).filter((o) => o.status === "published");
  await page.goto(`/figures/${SLUG}`);
  const point = chartPoints(page).first();
  const id = await point.getAttribute("data-id");
  const obs = published.find((o) => o.id === id)!;
  await point.hover();
  const tip = page.getByTestId("chart-tooltip");
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(obs.display);
  await expect(tip).toContainText(obs.outlet.name);
  await expect(tip).toContainText(obs.quote);
});

test("outlet, scale and x-axis toggles change the chart and live in the URL", async ({ page }) => {
  await page.goto(`/figures/${SLUG}`);
  const chart = page.getByTestId("figure-chart");
  const outlet = "Seed article 000 (publisher not named)";
  await expect(chartPoints(page).first()).toBeVisible(); // drawn after hydration
  const all = await chartPoints(page).count();
  const theirs = await chart.locator(`[data-testid="chart-point"][data-outlet="${outlet}"]`).count();
  expect(theirs).toBeGreaterThan(0);

  await chart.getByRole("button", { name: outlet, exact: true }).click();
  await expect(chart.getByRole("button", { name: outlet, exact: true })).toHaveAttribute("aria-pressed", "false");
  await expect(chartPoints(page)).toHaveCount(all - theirs);
  await expect(page).toHaveURL(/[?&]hide=seed-article-000-publisher-not-named/);

  await chart.getByLabel("Scale").selectOption("log");
  await expect(page).toHaveURL(/[?&]scale=log/);
  await chart.getByLabel("X axis").selectOption("refers");
  await expect(page).toHaveURL(/[?&]x=refers/);
  await chart.getByLabel("Agreement line").uncheck();
  await expect(page).toHaveURL(/[?&]consensus=0/);

  // A shared link opens the same view.
  await page.reload();
  await expect(chart.getByRole("button", { name: outlet, exact: true })).toHaveAttribute("aria-pressed", "false");
  await expect(chart.getByLabel("Scale")).toHaveValue("log");
  await expect(chart.getByLabel("X axis")).toHaveValue("refers");
  await expect(chart.getByLabel("Agreement line")).not.toBeChecked();
  await expect(chartPoints(page)).toHaveCount(all - theirs);

  await chart.getByRole("button", { name: outlet, exact: true }).click();
  // On the "period it refers to" axis, its "17 people" gives no period: listed apart, not drawn.
  await expect(chartPoints(page)).toHaveCount(all - 1);
  await expect(chart.getByTestId("chart-undated")).toContainText("17 people — Seed article 000 (publisher not named)");
  await expect(page).not.toHaveURL(/hide=/);

  // Zoom (x = reported again) to a window after every seeded report: no points; reset brings them back.
  await chart.getByLabel("X axis").selectOption("reported");
  await chart.getByLabel("From", { exact: true }).fill("2025-10-25");
  await expect(page).toHaveURL(/[?&]from=2025-10-25/);
  await expect(chartPoints(page)).toHaveCount(0);
  await chart.getByRole("button", { name: "Reset zoom" }).click();
  await expect(chartPoints(page)).toHaveCount(all);
  await expect(page).not.toHaveURL(/from=/);
});

test("dragging across the chart zooms it to that time range, in the URL and the From/To fields", async ({ page }) => {
  await page.goto(`/figures/${SLUG}`);
  const chart = page.getByTestId("figure-chart");
  await expect(chartPoints(page).first()).toBeVisible();
  const all = await chartPoints(page).count();
  // The x axis's labels, as drawn (the y axis's are numbers).
  const dateTicks = async () =>
    (await chart.locator(".recharts-cartesian-axis-tick-value").allTextContents()).filter((t) => /, \d{4}$/.test(t));
  const ticksBefore = await dateTicks();
  expect(ticksBefore.length).toBeGreaterThan(1);

  // Every seeded report is dated Oct 24, 2025, mid-axis: drag from left of it to right of it.
  const box = (await chart.getByTestId("chart-plot").boundingBox())!;
  const left = box.x + 72; // the y axis and margin (components/charts/chart-layout.ts)
  const width = box.width - 72 - 24;
  const y = box.y + 60;
  await page.mouse.move(left + width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(left + width * 0.6, y, { steps: 4 });
  await expect(chart.getByTestId("chart-brush")).toBeVisible(); // the range being selected is shown
  await page.mouse.move(left + width * 0.8, y, { steps: 4 });
  await page.mouse.up();

  await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  const url = new URL(page.url());
  const from = url.searchParams.get("from")!;
  const to = url.searchParams.get("to")!;
  expect(from < "2025-10-24" && to > "2025-10-24").toBe(true);
  // The keyboard way shows the same range, and the axis now starts at the first day chosen.
  await expect(chart.getByLabel("From", { exact: true })).toHaveValue(from);
  await expect(chart.getByLabel("To", { exact: true })).toHaveValue(to);
  const label = (iso: string) =>
    new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-US", {
      month: "short",
      day: "numeric",
      year: "numeric",
      timeZone: "UTC",
    });
  await expect.poll(async () => (await dateTicks())[0]).toBe(label(from));
  const ticksAfter = await dateTicks();
  expect(ticksAfter).not.toEqual(ticksBefore);
  const day = (text: string) => new Date(`${text} UTC`).toISOString().slice(0, 10);
  expect(ticksAfter.every((t) => day(t) >= from && day(t) <= to)).toBe(true);
  await expect(chartPoints(page)).toHaveCount(all); // Oct 24 is inside the range

  // A second drag inside the zoomed range, left of Oct 24, leaves no report in view.
  await page.mouse.move(left + 2, y);
  await page.mouse.down();
  await page.mouse.move(left + width * 0.15, y, { steps: 4 });
  await page.mouse.up();
  await expect(chartPoints(page)).toHaveCount(0);
  await expect(chart.getByLabel("From", { exact: true })).toHaveValue(from);

  // A click is not a drag: nothing changes. Reset brings every point back.
  const zoomed = page.url();
  await page.mouse.click(left + width * 0.5, y);
  expect(page.url()).toBe(zoomed);
  await chart.getByRole("button", { name: "Reset zoom" }).click();
  await expect(chartPoints(page)).toHaveCount(all);
  await expect(page).not.toHaveURL(/from=|to=/);
});

test("without JavaScript the figure page still draws the chart, one marker per published value", async ({
  browser,
  request,
}) => {
  const published = (await observations(request, SLUG)).filter((o) => o.status === "published");
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/figures/${SLUG}`);
  const snapshot = page.getByTestId("figure-chart").getByTestId("chart-snapshot");
  await expect(snapshot).toBeVisible();
  const markers = snapshot.getByTestId("chart-snapshot-points").locator("use");
  await expect(markers).toHaveCount(published.length);
  expect((await markers.evaluateAll((els) => els.map((e) => e.getAttribute("data-id")))).sort()).toEqual(
    published.map((o) => o.id).sort(),
  );
  await expect(snapshot.getByText(/^[A-Z][a-z]{2} \d{1,2}, 2025$/).first()).toBeVisible(); // the x axis's dates
  await context.close();
});

test("the chart downloads as SVG and PNG with title, unit and source line", async ({ page }) => {
  await page.goto(`/figures/${SLUG}`);
  await expect(chartPoints(page).first()).toBeVisible();

  const svgDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download SVG" }).click();
  const svg = await svgDownload;
  expect(svg.suggestedFilename()).toBe(`tally-${SLUG}-chart.svg`);
  const text = await readFile(await svg.path(), "utf8");
  expect(text).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(text).toContain("People killed in US strikes on alleged drug boats");
  expect(text).toContain("Unit: people");
  expect(text).toMatch(/Source: [^<]+; compiled by Tally/);
  expect(text).not.toContain("data-testid");

  const pngDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download PNG" }).click();
  const png = await pngDownload;
  expect(png.suggestedFilename()).toBe(`tally-${SLUG}-chart.png`);
  const bytes = await readFile(await png.path());
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.length).toBeGreaterThan(5_000);
});

test("the embed page shows the chart without the site's header, and the figure page offers its iframe", async ({
  page,
}) => {
  await page.goto(`/figures/${SLUG}`);
  await expect(page.getByTestId("embed-code")).toHaveValue(
    new RegExp(`<iframe src="http://[^"]+/embed/figures/${SLUG}"`),
  );

  await page.goto(`/embed/figures/${SLUG}`);
  await expect(
    page.getByRole("heading", { level: 1, name: "People killed in US strikes on alleged drug boats" }),
  ).toBeVisible();
  await expect(chartPoints(page).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Every report and its quote on Tally" })).toBeVisible();
  await expect(page.locator(".site-header")).toBeHidden();
  await expect(page.getByTestId("embed-source")).toContainText("; compiled by Tally");
});

test("a value logged in one browser appears in another's figure page and dashboard without a reload", async ({
  browser,
}) => {
  // Reported long before the seeded value, by the same outlet: the figure's latest value and
  // consensus stay what other tests expect.
  const slug = "colombia-coca-cultivation";
  const tag = uniqueTag();
  const quote = `Coca covered at least 200,000 hectares back then (e2e live ${tag}).`;
  const viewer = await browser.newContext();
  const editor = await browser.newContext();
  const figurePage = await viewer.newPage();
  const dashboard = await viewer.newPage();
  // Both pages have their live stream open (its headers arrived) before anything is logged.
  const isLiveStream = (r: { url(): string }) => new URL(r.url()).pathname === "/api/live";
  const streamsOpen = Promise.all([figurePage.waitForResponse(isLiveStream), dashboard.waitForResponse(isLiveStream)]);
  await figurePage.goto(`/figures/${slug}`);
  await dashboard.goto("/");
  const card = dashboard.getByTestId("figure-card").filter({ hasText: "Land under coca cultivation in Colombia" });
  const before = await tableRows(figurePage).count();
  await expect(card).toBeVisible();
  // A card with one report says "The only report: …" instead of a count.
  const reportCount = card.getByText(/^\d+ reports?$/);
  const reportsBefore = (await reportCount.count()) ? Number((await reportCount.innerText()).split(" ")[0]) : 1;
  await streamsOpen;

  const logger = await editor.newPage();
  await signIn(logger, "editor"); // the viewer's context stays signed out
  await logger.goto(`/figures/${slug}/log`);
  await fillLogForm(logger, {
    quote,
    qualifier: "at least",
    value: "200000",
    outlet: { existing: "Seed article 000 (publisher not named)" },
    citedSources: "UNODC",
    reportedOn: "2024-06-01",
  });
  await logger.getByRole("button", { name: "Save value" }).click();
  await expect(logger).toHaveURL(new RegExp(`/figures/${slug}\\?logged=`));

  await expect(tableRows(figurePage).filter({ hasText: `e2e live ${tag}` })).toHaveCount(1);
  await expect(tableRows(figurePage)).toHaveCount(before + 1);
  await expect(card.getByText(`${reportsBefore + 1} reports`, { exact: true })).toBeVisible();
  await viewer.close();
  await editor.close();
});

test("the compare view puts figures with the same unit on one chart and refuses mixed units", async ({ page }) => {
  await page.goto("/compare?figures=us-boat-strike-deaths,us-sanctions-petro-people");
  const chart = page.getByTestId("compare-chart");
  await expect(chart.locator("svg.recharts-surface").first()).toBeVisible();
  await expect(chart.getByText("People killed in US strikes on alleged drug boats", { exact: true })).toBeVisible();
  await expect(chart.getByText("People sanctioned by the US Treasury over Petro", { exact: true })).toBeVisible();
  // One line (with its dots) per figure; the demo reports all fall on one day, so each line may be a single dot.
  await expect(chart.locator(".recharts-line-dots")).toHaveCount(2);

  await page.goto("/compare?figures=us-boat-strike-deaths,us-aid-to-colombia");
  await expect(page.getByRole("alert").filter({ hasText: "different units" })).toContainText(
    "These figures are in different units (people, USD)",
  );
});

test("the site navigation leads to the compare view, whose empty state offers figures to pick by unit", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Compare", exact: true }).click();
  await expect(page).toHaveURL(/\/compare$/);
  await expect(page.getByRole("heading", { level: 1, name: "Compare figures" })).toBeVisible();
  await expect(page.getByTestId("compare-empty")).toContainText("Tick two or more figures that share a unit");
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0); // an empty page is not an error

  const people = page.locator("form").filter({ has: page.getByRole("group", { name: "In people" }) });
  await people.getByLabel("People killed in US strikes on alleged drug boats").check();
  await people.getByLabel("People sanctioned by the US Treasury over Petro").check();
  await people.getByRole("button", { name: "Compare" }).click();
  await expect(page.getByTestId("compare-chart").locator(".recharts-line-dots")).toHaveCount(2);
  await expect(page.getByTestId("compare-empty")).toHaveCount(0);
  // The choice stays ticked, so another figure can be added to it.
  await expect(people.getByLabel("People killed in US strikes on alleged drug boats")).toBeChecked();
});
