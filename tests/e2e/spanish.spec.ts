// The desk in Spanish: the language follows Accept-Language (es-CO → <html lang="es">, Spanish
// navigation, "253.000 hectáreas"), the header switch keeps a choice in the cookie and on the
// account, and the main journeys work in Spanish: view a figure, log by pasting a Spanish
// sentence, export — with no English phrase in what the pages write. Topics and structured periods
// read in Spanish; data stays as written. CSV stays locale-neutral. Axe finds nothing serious.
import { mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoSeriousAxe, signIn, sql, tableRows, uniqueTag } from "./helpers";
import { E2E_PASSWORD, E2E_USERS } from "./users";

const COCA = "Land under coca cultivation in Colombia";
/** The demo figure's Spanish title (lib/demo): Spanish pages show it; English ones the original. */
const COCA_ES = "Hectáreas sembradas con coca en Colombia";

/** Words only English would use, and interface words a missed translation would leave. */
const ENGLISH =
  /\b(the|and|with|from|for|this|that|not|your|of|by|download|reported|refers|topics?|figures?|sign in|save|export|outlet|quote|period|fiscal year|source|value|values|retracted|checked|history|as reported|stated)\b/gi;

/**
 * No English in what a Spanish page writes: every visible text (screen-reader-only text included)
 * of `scope`, less what stays as written — quotes, code (the embed snippet), the outlet picker's
 * names, the reporter's words in «…» — and the `asWritten` data the test names (outlet names, say).
 */
async function expectNoEnglish(scope: Locator, asWritten: (string | RegExp)[] = []) {
  let text = await scope.evaluate((root) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (
        !el ||
        el.closest('blockquote, pre, code, textarea, script, style, select[name$="outletId"]') ||
        !el.checkVisibility()
      )
        continue;
      out.push(n.textContent ?? "");
    }
    return out.join(" ");
  });
  // The language switch offers English in English, on purpose.
  for (const data of [/«[^»]*»/g, "View Tally in English", ...asWritten]) text = text.replaceAll(data, " ");
  expect([...text.matchAll(ENGLISH)].map((m) => text.slice(Math.max(0, m.index - 30), m.index + 30))).toEqual([]);
}

/** Screenshots at 1280 and 390 px into E2E_SHOTS_DIR, when it is set. */
async function shoot(page: Page, name: string) {
  const dir = process.env.E2E_SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 1000 });
    await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: width === 390 ? false : true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

/**
 * A figure with two outlets that disagree and the alert the disagreement rule raises for them,
 * with the details the rule stores (this test's own rows; no rule has to run).
 */
async function figureWithDisagreement(tag: string) {
  const [{ id: figureId }] = await sql<{ id: string }>(
    `INSERT INTO figure (slug, title, unit, kind) VALUES ($1, $2, 'people', 'cumulative') RETURNING id`,
    [`e2e-es-alerta-${tag}`, `Muertos en la frontera ${tag}`],
  );
  const values: { outlet: string; qualifier: string; value: string; observationId: string }[] = [];
  for (const [name, qualifier, value] of [
    ["Semana", "exact", "17"],
    ["El Tiempo", "at_least", "43"],
  ]) {
    const outlet = `${name} ${tag}`;
    const [{ id: outletId }] = await sql<{ id: string }>(
      `INSERT INTO outlet (slug, name, kind) VALUES ($1, $2, 'newspaper') RETURNING id`,
      [`e2e-es-${name.toLowerCase().replace(" ", "-")}-${tag}`, outlet],
    );
    const [{ id }] = await sql<{ id: string }>(
      `INSERT INTO observation (figure_id, outlet_id, value, qualifier, reported_on, cited_sources, quote, logged_by)
       VALUES ($1, $2, $3, $4, '2025-10-24', '{Fiscalía}', $5, 'e2e') RETURNING id`,
      [figureId, outletId, value, qualifier, `${value} personas murieron, según la Fiscalía (${tag}).`],
    );
    values.push({ outlet, qualifier, value, observationId: id });
  }
  const details = {
    period: "through Oct 24, 2025",
    refers: { start: null, end: "2025-10-24", label: null },
    values: values.map((v) => ({ ...v, low: null, high: null })),
  };
  await sql(
    `INSERT INTO alert (rule, figure_id, observation_ids, details, message, dedupe_key) VALUES ('disagreement', $1, $2::uuid[], $3, $4, $5)`,
    [
      figureId,
      values.map((v) => v.observationId),
      JSON.stringify(details),
      `English sentence stored for ${tag}.`,
      `e2e-es-${tag}`,
    ],
  );
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
    const coca = page.getByTestId("figure-card").filter({ hasText: COCA_ES });
    await expect(coca).toContainText("253.000 hectáreas");
    await expect(coca).not.toContainText("253,000");
    // Topics by their Spanish names (lib/demo), on the filter and the cards; the link keeps the stored topic.
    const topics = page.getByRole("navigation", { name: "Filtrar por tema" });
    await expect(topics.getByRole("link", { name: "Cocaína y coca", exact: true })).toHaveAttribute(
      "href",
      "/?topic=Cocaine+and+coca",
    );
    await expect(topics).not.toContainText("Cocaine and coca");
    await expect(coca.locator(".topic-tag")).toHaveText("Cocaína y coca");
    await expectNoEnglish(coca, [/Seed article \d+ \(publisher not named\)/g]);
    await shoot(page, "es-dashboard");
    await expectNoSeriousAxe(page);
  });

  test("view a figure: its Spanish title, table, chart and toolbar in Spanish", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: COCA_ES, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: COCA_ES })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(COCA_ES));
    await shoot(page, "es-figure");
    await expect(page.getByRole("link", { name: "Descargar CSV" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Valor reportado" })).toBeVisible();
    await expect(tableRows(page).first().getByRole("cell").first()).toContainText("hectáreas");
    await expect(page.getByRole("group", { name: "Opciones del gráfico" })).toBeVisible();
    await expect(page.getByTestId("figure-summary")).toContainText("253.000 hectáreas");
    await expect(page.locator(".topic-tag").first()).toHaveText("Cifras · Cocaína y coca");
    // The demo data's archive note is Tally's own words, so it reads in Spanish too.
    await expect(page.getByTestId("figure-archived")).toContainText("Historia archivada");
    await expect(page.getByTestId("figure-archived")).toContainText("Datos de demostración: historias seguidas");
    await expect(page.getByTestId("figure-archived")).not.toContainText("Demo data");
    // Who cites whom writes each report's value in Spanish too.
    await expect(page.getByTestId("who-cites-whom")).toContainText("253.000 hectáreas");
    await expect(page.getByTestId("who-cites-whom")).not.toContainText("hectares");
    await expectNoSeriousAxe(page);
    // A value's own page names its figure in Spanish too.
    await tableRows(page).first().getByRole("link").first().click();
    await expect(page.getByRole("link", { name: COCA_ES, exact: true })).toBeVisible();
  });

  test("a period reported in English reads in Spanish from its dates, the reporter's words beside it", async ({
    page,
  }) => {
    await page.goto("/figures/us-aid-to-colombia");
    await expect(page.locator(".topic-tag").first()).toHaveText("Cifras · Sanciones entre EE. UU. y Colombia");
    const row = tableRows(page).filter({ hasText: "230 millones de dólares" });
    const period = row.getByRole("cell").nth(4);
    await expect(period).toContainText("año fiscal 2025 (oct 2024–sept 2025)");
    await expect(period).toContainText("según el medio: «the fiscal year that ended September 30, 2025»");
    // Words with no dates behind them stay as the reporter wrote them (nothing is made up).
    await expect(tableRows(page).filter({ hasText: "más de 700 millones de dólares" })).toContainText(
      "in recent years (before fiscal 2025; years not given)",
    );
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
    await expectNoEnglish(page.locator("body"));
    // A topic, stored in English and named in Spanish (Manage → Topics does the same).
    await sql(`UPDATE figure SET topics = $2 WHERE slug = $1`, [slug, [`Border deaths ${tag}`]]);
    await sql(`INSERT INTO topic_translation (topic, locale, name) VALUES ($1, 'es', $2)`, [
      `Border deaths ${tag}`,
      `Muertes en la frontera ${tag}`,
    ]);

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
    await expect(page.locator(".topic-tag").first()).toHaveText(`Cifras · Muertes en la frontera ${tag}`);
    await expectNoEnglish(page.locator("body"));

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
    expect(svg).toContain(`Fuente: El Diario e2e ${tag}; recopilado por Tally`);
  });
});

test.describe("the desk in Spanish: alerts, digest, API docs and errors", () => {
  test.use({ locale: "es-CO" });

  test("an alert reads in Spanish, written from its data; a missing note is asked for in Spanish", async ({ page }) => {
    test.slow();
    const tag = uniqueTag();
    await figureWithDisagreement(tag);
    await iniciarSesion(page);
    await page.goto(`/alerts?q=${tag}`);
    await expect(page.getByRole("heading", { level: 1, name: "Alertas" })).toBeVisible();
    const card = page.getByTestId("alert-item");
    await expect(card).toHaveCount(1);
    await expect(card).toContainText("Los medios no coinciden");
    await expect(card).toContainText(
      `Semana ${tag} (17 personas) y El Tiempo ${tag} (al menos 43 personas) no coinciden para el mismo periodo (hasta el 24 oct 2025).`,
    );
    await expect(card).not.toContainText("English sentence stored");
    await expect(card.getByRole("list", { name: "Reportes implicados" })).toContainText(
      `al menos 43 personas El Tiempo ${tag}, 24 oct 2025`,
    );
    await expectNoSeriousAxe(page);
    await card.getByText("Reconocer o resolver…").click();
    await shoot(page, "es-alerts");
    await card.getByRole("button", { name: "Reconocer", exact: true }).click();
    // A validation message from the server, in the reader's language.
    await expect(card.getByText("Diga qué verificó o hizo.")).toBeVisible();
    await card.getByLabel("Nota", { exact: true }).fill("Consultamos a la Fiscalía.");
    await card.getByRole("button", { name: "Reconocer", exact: true }).click();
    await expect(page.getByText("Alerta reconocida")).toBeVisible();

    await page.goto("/digest");
    await expect(page.getByRole("heading", { level: 1, name: "Resumen diario" })).toBeVisible();
    const section = page.locator("section.digest-section").filter({ hasText: `Muertos en la frontera ${tag}` });
    await expect(section.getByRole("heading", { name: "Valores nuevos (2)" })).toBeVisible();
    await expect(section).toContainText(`al menos 43 personas · El Tiempo ${tag} · reportado el 24 oct 2025`);
    await expect(section).toContainText("Los medios no coinciden (reconocida):");
    await expectNoSeriousAxe(page);
    await shoot(page, "es-digest");
  });

  test("Manage → Topics names a topic in Spanish, and the dashboard's filter shows it", async ({ page }) => {
    test.slow();
    const tag = uniqueTag();
    const topic = `Coast guard ${tag}`;
    await sql(`INSERT INTO figure (slug, title, unit, kind, topics) VALUES ($1, $2, 'people', 'cumulative', $3)`, [
      `e2e-es-tema-${tag}`,
      `Rescates en el mar ${tag}`,
      [topic],
    ]);
    await iniciarSesion(page);
    await page.goto("/manage/topics");
    await expect(page).toHaveTitle(/Administrar temas/);
    await expect(
      page.getByRole("navigation", { name: "Administrar" }).getByRole("link", { name: "Temas", exact: true }),
    ).toHaveAttribute("aria-current", "page");
    const item = page.locator("li.panel").filter({ hasText: topic });
    await expect(item).toContainText("sin nombre en español · 1 cifra · versión 0");
    await item.getByText("Editar", { exact: true }).click();
    await item.getByLabel("Nombre en español (en blanco: el nombre guardado)").fill(`Guardacostas ${tag}`);
    await item.getByRole("button", { name: "Guardar nombre" }).click();
    await expect(item).toContainText(`En español: Guardacostas ${tag} · 1 cifra · versión 1`);
    await expect(page.getByText(`Se guardó el nombre en español de «${topic}».`)).toBeVisible();
    await expectNoSeriousAxe(page);
    // The topic as stored is data (other topics on the page are other tests' data).
    await expectNoEnglish(page.getByRole("navigation", { name: "Administrar" }));
    await expectNoEnglish(item, [topic]);

    await page.goto("/");
    await expect(
      page.getByRole("navigation", { name: "Filtrar por tema" }).getByRole("link", { name: `Guardacostas ${tag}` }),
    ).toBeVisible();
  });

  test("the API docs' prose is in Spanish; an API error's message follows Accept-Language, its code does not", async ({
    page,
  }) => {
    test.setTimeout(150_000); // axe over the whole API reference, a long page, took more than 30 s in CI
    await page.goto("/api/docs");
    await expect(page.getByRole("navigation", { name: "Rutas" })).toBeVisible();
    await expect(page.getByText("Cifras reportadas y su procedencia.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Columnas del CSV" })).toBeVisible();
    // Route summaries and answers too; the paths and the JSON stay as they are.
    const logRoute = page.locator('section[id="post-/api/figures/{slug}/observations"]');
    await expect(logRoute).toContainText("Registrar un valor nuevo");
    await expect(logRoute).toContainText("No encontrado.");
    await expect(logRoute).not.toContainText("Log a new value");
    // Field descriptions and the CSV's columns too (the OpenAPI JSON keeps them in English).
    const listRoute = page.locator('section[id="get-/api/figures"]');
    await expect(listRoute).toContainText("Solo las cifras con este tema.");
    await expect(listRoute).not.toContainText("Only figures with this topic.");
    await expect(
      page.locator("section").filter({ has: page.getByRole("heading", { name: "Columnas del CSV" }) }),
    ).toContainText("Contador de ediciones (concurrencia optimista).");
    await expectNoSeriousAxe(page);
    await shoot(page, "es-api-docs");

    const es = await page.request.get("/api/figures/no-such-figure-e2e", { headers: { "accept-language": "es-CO" } });
    expect(es.status()).toBe(404);
    expect(await es.json()).toEqual({
      error: { code: "not_found", message: "No existe la cifra “no-such-figure-e2e”." },
    });
    const en = await page.request.get("/api/figures/no-such-figure-e2e", { headers: { "accept-language": "en" } });
    expect(await en.json()).toEqual({
      error: { code: "not_found", message: "There is no figure “no-such-figure-e2e”." },
    });
  });
});

test.describe("without a Spanish browser", () => {
  test.use({ locale: "en-US" });

  test("the dashboard is in English", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(
      page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Figures", exact: true }),
    ).toBeVisible();
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
    const first = await browser.newContext({ locale: "en-US" });
    const page = await first.newPage();
    await signIn(page, "editorEs");
    await page.getByRole("button", { name: "Ver Tally en español" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await first.close();

    // A fresh browser with an English Accept-Language and no cookie: the account's choice wins once signed in.
    const second = await browser.newContext({ locale: "en-US" });
    const other = await second.newPage();
    await signIn(other, "editorEs");
    await expect(other.locator("html")).toHaveAttribute("lang", "es");
    await expect(other.getByRole("navigation", { name: "Principal" })).toBeVisible();
    await second.close();
  });
});
