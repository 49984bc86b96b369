// The embed and the pictures a newsroom puts in front of readers: the embed with no editor's
// controls at phone, column and page widths; the host-page script sizing the iframe to the chart;
// the downloads and static images carrying their key and outlets; the social card.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFile } from "node:fs/promises";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

// Each test loads several pages and pictures; a busy 2-core machine needs the time.
test.describe.configure({ timeout: 180_000 });
const SLOW = { timeout: 60_000 };

const SLUG = "us-boat-strike-deaths";
const TITLE = "People killed in US strikes on alleged drug boats";

async function outletNames(request: APIRequestContext): Promise<string[]> {
  const res = await request.get(`/api/figures/${SLUG}`);
  expect(res.status()).toBe(200);
  const { observations } = (await res.json()) as { observations: { status: string; outlet: { name: string } }[] };
  return [...new Set(observations.filter((o) => o.status === "published").map((o) => o.outlet.name))];
}

const noHorizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

for (const width of [320, 600, 900]) {
  test(`the embed at ${width} px: title, chart, marker key, outlets named, updated, a link back, and no editor's controls`, async ({
    page,
    request,
  }, testInfo) => {
    const outlets = await outletNames(request);
    await page.setViewportSize({ width, height: 900 });
    for (const theme of ["light", "dark"] as const) {
      await page.goto(`/embed/figures/${SLUG}?theme=${theme}`);
      const embed = page.getByTestId("embed");
      await expect(embed).toHaveAttribute("data-theme", theme, SLOW);
      await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible(SLOW);
      // The server-drawn chart paints first; the interactive one may already have replaced it.
      await expect(embed.getByTestId("chart-snapshot").or(embed.getByTestId("chart-plot")).first()).toBeVisible();
      await expect(embed.getByRole("list", { name: "How to read the markers" })).toContainText("at least / more than");
      await expect(embed.getByRole("list", { name: "How to read the markers" })).toContainText(
        "hollow: not yet checked",
      );
      for (const name of outlets) {
        await expect(embed.getByRole("button", { name, exact: true })).toHaveAttribute("aria-pressed", "true");
        await expect(embed.getByTestId("embed-source")).toContainText(name);
      }
      await expect(embed.getByText(/^Updated [A-Z][a-z]{2} \d{1,2}, \d{4}/)).toBeVisible();
      await expect(embed.getByRole("link", { name: "Every report and its quote on Tally" })).toHaveAttribute(
        "href",
        `/figures/${SLUG}`,
      );
      // A reader may toggle outlets and read tooltips, nothing else.
      // (The site's header, with its language picker, is in the page but hidden.)
      await expect(embed.locator("input, select, textarea")).toHaveCount(0);
      await expect(page.locator("input:visible, select:visible, textarea:visible")).toHaveCount(0);
      await expect(page.getByRole("button")).toHaveCount(outlets.length);
      await expect(page.getByText(/X axis|Scale|Show retracted|Download/)).toHaveCount(0);
      expect(await noHorizontalOverflow(page)).toBe(true);
      await testInfo.attach(`embed-${width}-${theme}.png`, {
        body: await page.screenshot({ fullPage: true }),
        contentType: "image/png",
      });
    }
  });
}

test("a reader can hide an outlet in the embed, and read a value's tooltip", async ({ page, request }) => {
  const [first] = await outletNames(request);
  await page.goto(`/embed/figures/${SLUG}`);
  const toggle = page.getByRole("button", { name: first, exact: true });
  await toggle.click(SLOW);
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByTestId("embed-source")).not.toContainText(first);
  await toggle.click();
  const point = page.getByTestId("figure-chart").getByTestId("chart-point").first();
  await point.hover(SLOW);
  await expect(page.getByTestId("chart-tooltip")).toBeVisible(SLOW);
});

test.describe("on another site's page", () => {
  let server: Server;
  let host = "";
  test.beforeAll(async ({ baseURL }) => {
    // The newsroom's page: the README's snippet, served from another origin.
    const snippet = `<iframe src="${baseURL}/embed/figures/${SLUG}" data-tally-embed title="${TITLE}" width="100%" height="200" style="border:0"></iframe>\n<script src="${baseURL}/embed.js" async></script>`;
    const html = `<!doctype html><html><head><meta name="viewport" content="width=device-width"><title>A newsroom</title></head><body style="margin:0"><h1>Our story</h1>${snippet}<p id="after">The story goes on.</p></body></html>`;
    server = createServer((_, res) => res.writeHead(200, { "content-type": "text/html" }).end(html));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    host = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test("the host-page script makes the iframe as tall as the chart, at any width", async ({ page }, testInfo) => {
    for (const width of [900, 320]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(host);
      const iframe = page.locator("iframe[data-tally-embed]");
      const frame = page.frameLocator("iframe[data-tally-embed]");
      await expect(frame.getByRole("heading", { level: 1, name: TITLE })).toBeVisible(SLOW);
      await expect(frame.getByTestId("embed-source")).toBeVisible();
      const contentHeight = () =>
        frame.locator("body").evaluate(() => Math.ceil(document.documentElement.scrollHeight));
      // The frame grows from 200 px to the content, and the content no longer scrolls inside it.
      await expect.poll(async () => (await iframe.boundingBox())!.height, { timeout: 20_000 }).toBeGreaterThan(500);
      await expect
        .poll(async () => Math.abs((await iframe.boundingBox())!.height - (await contentHeight())), { timeout: 20_000 })
        .toBeLessThanOrEqual(2);
      await expect(page.locator("#after")).toBeVisible();
      await testInfo.attach(`host-page-${width}.png`, {
        body: await page.screenshot({ fullPage: true }),
        contentType: "image/png",
      });
    }
  });
});

test("the figure page's PNG and SVG downloads carry the marker key, the outlets and the date", async ({
  page,
  request,
}, testInfo) => {
  const outlets = await outletNames(request);
  await page.goto(`/figures/${SLUG}`);
  await expect(
    page.getByTestId("figure-chart").getByTestId("chart-snapshot").or(page.getByTestId("chart-plot")),
  ).toBeVisible(SLOW);

  const svgDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download SVG" }).click();
  const svg = await readFile((await (await svgDownload).path())!, "utf8");
  for (const text of [
    TITLE,
    "Unit: people",
    "How to read the markers",
    "at least / more than",
    "at most / less than",
    "approximately",
    "hollow: not yet checked by a second editor",
    "Data: Tally, ",
  ]) {
    expect(svg).toContain(text);
  }
  for (const name of outlets) expect(svg).toContain(name.replace(/&/g, "&amp;"));
  expect(svg).toMatch(/Source: [^<]+; compiled by Tally/);
  expect(svg).not.toMatch(/\s(class|data-[\w-]+|on\w+|tabindex)=/);

  const pngDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download PNG" }).click();
  const png = await readFile((await (await pngDownload).path())!);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.readUInt32BE(16)).toBe(1600); // 2× the 800 px picture
  await testInfo.attach("figure-download.png", { body: png, contentType: "image/png" });
});

test("/embed/figures/:slug.png and .svg are the same picture as a static image", async ({ request }, testInfo) => {
  const outlets = await outletNames(request);
  const svg = await request.get(`/embed/figures/${SLUG}.svg`);
  expect(svg.status()).toBe(200);
  expect(svg.headers()["content-type"]).toContain("image/svg+xml");
  const text = await svg.text();
  expect(text).toContain(TITLE);
  expect(text).toContain("How to read the markers");
  for (const name of outlets) expect(text).toContain(name.replace(/&/g, "&amp;"));

  const png = await request.get(`/embed/figures/${SLUG}.png?theme=dark`);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
  const bytes = await png.body();
  expect(bytes.readUInt32BE(16)).toBe(1600);
  await testInfo.attach("static-dark.png", { body: bytes, contentType: "image/png" });

  const missing = await request.get(`/embed/figures/no-such-figure.png`);
  expect(missing.status()).toBe(404);
});

test("a figure page has og: and Twitter card tags, and its og:image answers with a PNG", async ({
  page,
  request,
}, testInfo) => {
  await page.goto(`/figures/${SLUG}`);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", TITLE, SLOW);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", /\d/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toMatch(new RegExp(`/figures/${SLUG}/card\\.png$`));
  const res = await request.get(new URL(image!).pathname);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("image/png");
  const bytes = await res.body();
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
  await testInfo.attach("social-card.png", { body: bytes, contentType: "image/png" });
});
