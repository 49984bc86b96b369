// The desk in Spanish: the language follows Accept-Language (es-CO → <html lang="es">, Spanish
// navigation, "253.000 hectáreas"), the header switch keeps a choice in the cookie and on the
// account, and the main journeys work in Spanish: view a figure, log by pasting a Spanish
// sentence, export. CSV stays locale-neutral. Axe finds nothing serious on the Spanish pages.
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { tableRows, uniqueTag } from "./helpers";
import { E2E_PASSWORD, E2E_USERS } from "./users";

const COCA = "Land under coca cultivation in Colombia";

async function expectNoSeriousAxe(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Signs in through the Spanish sign-in page (the labels a Spanish reader sees). */
async function iniciarSesion(page: Page) {
  const user = E2E_USERS.editorEs;
  await page.goto("/sign-in");
  await page.getByLabel("Correo electrónico").fill(user.email);
  await page.getByLabel("Contraseña").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Iniciar sesión" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: new RegExp(user.name) })).toBeVisible();
}

test.describe("with Accept-Language: es-CO", () => {
  test.use({ locale: "es-CO" });

  test("the dashboard is in Spanish, numbers the Spanish way", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    const nav = page.getByRole("navigation", { name: "Principal" });
    await expect(nav.getByRole("link", { name: "Cifras", exact: true })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Comparar", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Cifras en seguimiento" })).toBeVisible();
    const coca = page.getByTestId("figure-card").filter({ hasText: COCA });
    await expect(coca).toContainText("253.000 hectáreas");
    await expect(coca).not.toContainText("253,000");
    await expectNoSeriousAxe(page);
  });

  test("view a figure: title as written, table, chart and toolbar in Spanish", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: COCA, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: COCA })).toBeVisible();
    await expect(page.getByRole("link", { name: "Descargar CSV" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Valor reportado" })).toBeVisible();
    await expect(tableRows(page).first().getByRole("cell").first()).toContainText("hectáreas");
    await expect(page.getByRole("group", { name: "Opciones del gráfico" })).toBeVisible();
    await expect(page.getByTestId("figure-summary")).toContainText("253.000 hectáreas");
    await expectNoSeriousAxe(page);
  });

  test("log by pasting a Spanish sentence, then export", async ({ page }) => {
    test.slow(); // signs in, creates a figure, logs, downloads twice: a long journey on a loaded machine
    const tag = uniqueTag();
    await iniciarSesion(page);
    await page.goto("/log");
    await expect(page.getByRole("heading", { level: 1, name: "Registrar un valor reportado" })).toBeVisible();
    await page.getByLabel("Título", { exact: true }).fill(`Muertos en ataques e2e ${tag}`);
    await page.getByLabel("Unidad", { exact: true }).fill("people");
    await page.getByLabel("Tipo", { exact: true }).selectOption({ label: "Total acumulado (un número de muertos)" });
    await page.getByRole("button", { name: "Crear la cifra y registrar un valor" }).click();
    await expect(page).toHaveURL(/\/figures\/[a-z0-9-]+\/log$/);
    const slug = new URL(page.url()).pathname.split("/")[2]!;
    await expectNoSeriousAxe(page);

    const sentence = `Al menos 57 personas murieron en los ataques, según la Fiscalía (e2e ${tag}).`;
    await page.getByLabel("Pegue la frase", { exact: true }).fill(sentence);
    const found = page.getByRole("group", { name: "Números encontrados: elija el que va a registrar" });
    await expect(found.getByRole("radio").first()).toBeChecked();
    await expect(page.getByLabel("Valor (personas)", { exact: true })).toHaveValue("57");
    await expect(page.getByLabel("Cita", { exact: true })).toHaveValue(sentence);
    await page.getByLabel("Calificador", { exact: true }).selectOption({ label: "al menos" });
    await page.getByLabel("Medio", { exact: true }).selectOption({ label: "+ Añadir un medio nuevo" });
    await page.getByLabel("Nombre del medio nuevo", { exact: true }).fill(`El Diario e2e ${tag}`);
    await page.getByLabel("Fuente citada", { exact: true }).fill("Fiscalía");
    await page.getByLabel("Reportado el", { exact: true }).fill("2025-10-24");
    await page.getByLabel("Fuente citada", { exact: true }).press("Control+Enter");

    await expect(page).toHaveURL(new RegExp(`/figures/${slug}\\?logged=`));
    await expect(page.getByText(`Guardado: al menos 57 personas, El Diario e2e ${tag}`)).toBeVisible();
    const row = tableRows(page).filter({ hasText: `e2e ${tag}` });
    await expect(row.getByRole("cell").nth(0)).toHaveText("al menos 57 personas");
    await expect(row.getByRole("cell").nth(3)).toHaveText("24 oct 2025");

    // The CSV stays locale-neutral: English codes, plain decimals, ISO dates.
    const csvDownload = page.waitForEvent("download");
    await page.getByRole("link", { name: "Descargar CSV" }).click();
    const csv = await readFile((await (await csvDownload).path())!, "utf8");
    expect(csv).toContain("at_least");
    expect(csv).toContain("2025-10-24");
    expect(csv).not.toContain("24 oct 2025");

    // The SVG export carries Spanish labels around the drawn chart.
    await page.getByTestId("figure-chart").hover();
    const svgButton = page.getByRole("button", { name: "Descargar SVG" });
    await expect(svgButton).toBeEnabled({ timeout: 20_000 });
    const svgDownload = page.waitForEvent("download");
    await svgButton.click();
    const svg = await readFile((await (await svgDownload).path())!, "utf8");
    expect(svg).toContain("Unidad: personas");
    expect(svg).toContain("Fuente: los medios indicados");
  });
});

test.describe("without a Spanish browser", () => {
  test.use({ locale: "en-US" });

  test("the dashboard is in English", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Figures", exact: true })).toBeVisible();
    await expect(page.getByTestId("figure-card").filter({ hasText: COCA })).toContainText("253,000 hectares");
  });

  test("the header switch changes the language from the keyboard, and the choice stays", async ({ page, context }) => {
    await page.goto("/compare");
    const toSpanish = page.getByRole("button", { name: "Ver Tally en español" });
    await toSpanish.focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page).toHaveURL(/\/compare$/);
    expect((await context.cookies()).find((c) => c.name === "NEXT_LOCALE")?.value).toBe("es");
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Cifras en seguimiento" })).toBeVisible();
    await page.getByRole("button", { name: "View Tally in English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1, name: "Tracked figures" })).toBeVisible();
  });

  test("works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: "en-US" });
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("button", { name: "Ver Tally en español" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { level: 1, name: "Cifras en seguimiento" })).toBeVisible();
    await context.close();
  });

  test("a signed-in choice follows the account to another browser", async ({ browser }) => {
    const user = E2E_USERS.editorEs;
    const first = await browser.newContext({ locale: "en-US" });
    const page = await first.newPage();
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: new RegExp(user.name) })).toBeVisible();
    await page.getByRole("button", { name: "Ver Tally en español" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await first.close();

    // A fresh browser with an English Accept-Language and no cookie: the account's choice wins once signed in.
    const second = await browser.newContext({ locale: "en-US" });
    const other = await second.newPage();
    await other.goto("/sign-in");
    await other.getByLabel("Email").fill(user.email);
    await other.getByLabel("Password").fill(E2E_PASSWORD);
    await other.getByRole("button", { name: "Sign in" }).click();
    await expect(other.getByRole("banner").getByRole("link", { name: new RegExp(user.name) })).toBeVisible();
    await expect(other.locator("html")).toHaveAttribute("lang", "es");
    await expect(other.getByRole("navigation", { name: "Principal" })).toBeVisible();
    await second.close();
  });
});
