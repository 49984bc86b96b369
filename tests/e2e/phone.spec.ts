// Every page on a 390 × 844 phone: nothing runs off the side (the page is never wider than the
// screen), and a screenshot of each page goes into the test's artefacts for a person to look at.
// The spec makes its own figure with long words, a long link, a range and several outlets, so
// the pages have something wide to show; it reads the demo only where a page lists everything.
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { signIn, uniqueTag } from "./helpers";

const PHONE = { width: 390, height: 844 };

/** Opens `path`, waits for its heading, then measures the page's width and keeps a screenshot. */
async function checkPage(page: Page, testInfo: TestInfo, path: string) {
  await test.step(path, async () => {
    const res = await page.goto(path);
    expect(res?.status(), `${path} answers`).toBeLessThan(400);
    await expect(page.locator("h1, .embed-title").first()).toBeVisible();
    const width = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      inner: window.innerWidth,
    }));
    const wide = width.scroll > width.inner ? await widestElements(page) : [];
    await testInfo.attach(`${path.replace(/[/?=&]+/g, "_")}.png`, {
      body: await page.screenshot({ fullPage: true }),
      contentType: "image/png",
    });
    expect(
      width.scroll,
      `${path} is ${width.scroll} px wide on a ${width.inner} px screen; too wide: ${wide.join(", ")}`,
    ).toBeLessThanOrEqual(width.inner);
  });
}

/** The elements that stick out past the right edge, for the failure message. */
function widestElements(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .slice(0, 6)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} (${Math.round(el.getBoundingClientRect().right)} px)`,
      ),
  );
}

test.describe.configure({ mode: "serial" });

let slug = "";
let observationId = "";

test("signed in as an admin, every desk page fits a phone", async ({ page }, testInfo) => {
  test.setTimeout(300_000); // some 25 pages, each rendered by a production build on a busy machine
  const tag = uniqueTag();
  await signIn(page, "admin");
  await page.goto("/log");
  await page
    .getByLabel("Title", { exact: true })
    .fill(`Phone check: displaced people in the northern provinces ${tag}`);
  await page.getByLabel("Unit", { exact: true }).fill("people");
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: "Running total (a death toll)" });
  await page.getByRole("button", { name: "Create figure and log a value" }).click();
  await expect(page).toHaveURL(/\/figures\/[a-z0-9-]+\/log$/);
  slug = new URL(page.url()).pathname.split("/")[2]!;
  const reports = [
    {
      newOutlet: { name: `Agence Internationale de Presse ${tag}` },
      qualifier: "at_least",
      value: "1200",
      reportedOn: "2025-09-02",
    },
    { newOutlet: { name: `Reuters ${tag}` }, qualifier: "range", low: "1500", high: "2000", reportedOn: "2025-09-20" },
    { newOutlet: { name: `El Tiempo ${tag}` }, qualifier: "exact", value: "2150", reportedOn: "2025-10-14" },
  ];
  for (const [i, r] of reports.entries()) {
    const res = await page.request.post(`/api/figures/${slug}/observations`, {
      data: {
        ...r,
        citedSources: ["the Office for the Coordination of Humanitarian Affairs"],
        url: `https://www.example.org/news/2025/world/americas/an-extraordinarily-long-article-address-that-never-breaks-${tag}-${i}?utm_source=newsletter&utm_medium=email`,
        quote: `Humanitarian organisations said that internationally-coordinated-evacuation-procedures had displaced ${r.value ?? r.low} people (e2e ${tag}).`,
        note: "Supercalifragilisticexpialidocious-reporting-note-without-any-spaces-at-all",
        force: true,
      },
    });
    expect(res.status(), await res.text()).toBe(201);
    observationId ||= ((await res.json()) as { id: string }).id;
  }

  await page.setViewportSize(PHONE);
  for (const path of [
    "/",
    `/figures/${slug}`,
    `/figures/${slug}/history`,
    `/figures/${slug}/log`,
    `/figures/${slug}/monitoring`,
    `/observations/${observationId}`,
    `/observations/${observationId}/edit`,
    "/log",
    "/log/article",
    "/review",
    "/alerts",
    "/digest",
    "/compare",
    "/import",
    "/manage",
    "/manage/figures",
    "/manage/topics",
    "/manage/outlets",
    "/manage/events",
    "/manage/sources",
    "/settings",
    "/settings/tokens",
    "/admin/users",
    "/admin/settings",
    "/admin/webhooks",
    "/admin/webhooks/deliveries",
    "/api/docs",
  ]) {
    await checkPage(page, testInfo, path);
  }
});

test("signed out, the reader's pages fit a phone and the menu opens and closes", async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  expect(slug, "the first test made a figure").not.toBe("");
  await page.setViewportSize(PHONE);
  for (const path of [
    "/",
    `/figures/${slug}`,
    `/figures/${slug}/history`,
    `/observations/${observationId}`,
    "/compare",
    "/digest",
    "/api/docs",
    "/sign-in",
    `/embed/figures/${slug}`,
  ]) {
    await checkPage(page, testInfo, path);
  }

  // The header's links wait behind one button; it says whether it is open and which region it opens.
  await page.goto("/");
  const menu = page.getByRole("button", { name: "Menu" });
  const signInLink = page.getByRole("banner").getByRole("link", { name: "Sign in" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(signInLink).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(page.locator(`#${await menu.getAttribute("aria-controls")}`)).toBeVisible();
  await expect(signInLink).toBeInViewport();
  // Escape closes it and gives focus back to the button.
  await page.keyboard.press("Escape");
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toBeFocused();
  // By keyboard: Enter opens it, a link followed closes it on the next page.
  await page.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await page.getByRole("banner").getByRole("link", { name: "Compare" }).click();
  await expect(page).toHaveURL(/\/compare$/);
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("banner").getByRole("link", { name: "Compare" })).toBeHidden();
});
