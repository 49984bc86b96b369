// The desk's own pages in Spanish (NEXT_LOCALE=es): review queue, a value's page, a figure's
// history, compare, the account and the admin pages read in Spanish — headings, buttons, dates
// and numbers ("24 oct 2025", "253.000") — with none of the English they replace, and axe finds
// nothing serious on them. The spec makes its own two figures and values.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn, uniqueTag } from "./helpers";

async function expectNoSeriousAxe(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** None of these English phrases is left in the page's main landmark. */
async function expectNoEnglish(page: Page, phrases: string[]) {
  const main = page.getByRole("main");
  for (const phrase of phrases) await expect(main).not.toContainText(phrase);
}

/** A figure made through the Spanish /log page; returns its slug. */
async function crearCifra(page: Page, title: string): Promise<string> {
  await page.goto("/log");
  await page.getByLabel("Título", { exact: true }).fill(title);
  await page.getByLabel("Unidad", { exact: true }).fill("people");
  await page.getByLabel("Tipo", { exact: true }).selectOption({ label: "Total acumulado (un número de muertos)" });
  await page.getByRole("button", { name: "Crear la cifra y registrar un valor" }).click();
  await expect(page).toHaveURL(/\/figures\/[a-z0-9-]+\/log$/);
  return new URL(page.url()).pathname.split("/")[2]!;
}

/** A value logged through the JSON API with the signed-in session; returns its id. */
async function registrar(page: Page, slug: string, tag: string, value: string): Promise<string> {
  // A session-cookie write must say where it comes from (lib/http/refuse-cross-site.ts).
  const res = await page.request.post(`/api/figures/${slug}/observations`, {
    headers: { origin: new URL(page.url()).origin },
    data: {
      newOutlet: { name: `El Diario ${value} e2e ${tag}` },
      qualifier: "at_least",
      value,
      reportedOn: "2025-10-24",
      citedSources: ["Fiscalía"],
      quote: `Al menos ${value} personas, según la Fiscalía (e2e ${tag}).`,
      force: true,
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

test("the desk's pages read in Spanish, with no serious axe violations", async ({ page, context, baseURL }) => {
  test.setTimeout(180_000); // signs in, makes two figures, then opens and audits nine pages on a loaded machine
  const tag = uniqueTag();
  await signIn(page, "admin");
  await context.addCookies([{ name: "NEXT_LOCALE", value: "es", url: baseURL! }]);

  const first = await crearCifra(page, `Muertos en el río e2e ${tag}`);
  const second = await crearCifra(page, `Muertos en la costa e2e ${tag}`);
  const id = await registrar(page, first, tag, "253000");
  await registrar(page, second, tag, "1200");

  // The review queue: the value, its dates and the keyboard hints in Spanish.
  await page.goto(`/review?figure=${first}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1, name: "Cola de revisión" })).toBeVisible();
  await expect(page.getByTestId("review-count")).toHaveText(
    "1 valor espera a un segundo editor (filtrado), del más antiguo al más reciente.",
  );
  const item = page.getByTestId("review-item").filter({ hasText: `e2e ${tag}` });
  await expect(item.getByRole("link", { name: "al menos 253.000 personas" })).toBeVisible();
  await expect(item).toContainText("Reportado el 24 oct 2025, citando a Fiscalía");
  await expect(page.getByTestId("review-keys")).toContainText("Teclas: j / k siguiente / anterior");
  await expect(page.getByRole("button", { name: "Filtrar", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Quitar los filtros" })).toBeVisible();
  await expectNoEnglish(page, [
    "Review queue",
    "Any figure",
    "Logged by",
    "Keys:",
    "Reported Oct",
    "253,000",
    "at least",
  ]);
  await expectNoSeriousAxe(page);

  // The value's own page.
  await page.goto(`/observations/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("al menos 253.000 personas");
  await expect(page.getByRole("link", { name: "Corregir", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Verificar o corregir" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Historial de este valor" })).toBeVisible();
  const facts = page.locator("dl.facts");
  await expect(facts).toContainText("Fuente citada");
  await expect(facts).toContainText("sin verificar todavía");
  await expect(facts).toContainText("24 oct 2025");
  await expect(page.getByTestId("revision-timeline")).toContainText("Ada Admin creó");
  await expectNoEnglish(page, [
    "Cited source",
    "Refers to",
    "not checked yet",
    "History of this value",
    "Check or correct",
    " created",
  ]);
  await expectNoSeriousAxe(page);

  // The figure's history: every change, the values said in Spanish.
  await page.goto(`/figures/${first}/history`);
  await expect(page.getByRole("heading", { level: 1, name: "Historial", exact: true })).toBeVisible();
  const timeline = page.getByTestId("revision-timeline");
  await expect(
    timeline.getByRole("link", { name: `al menos 253.000 personas (El Diario 253000 e2e ${tag})` }),
  ).toBeVisible();
  await expect(timeline).toContainText("creó la cifra");
  await expectNoEnglish(page, ["Every change to this figure", "the figure", "created"]);
  await expectNoSeriousAxe(page);

  // Compare: the two figures on one chart, each said in Spanish.
  await page.goto(`/compare?figures=${first},${second}`);
  await expect(page.getByRole("heading", { level: 1, name: "Comparar cifras" })).toBeVisible();
  await expect(page.getByTestId("compare-chart")).toContainText("Cada línea: en qué coincide");
  await expect(page.locator("#compare-summaries")).toContainText("al menos 253.000 personas");
  await expect(page.locator("#compare-summaries")).toContainText("al menos 1.200 personas");
  await expect(page.getByRole("heading", { level: 2, name: "Elegir otras cifras" })).toBeVisible();
  await expect(page.getByRole("group", { name: "En personas" }).first()).toBeVisible();
  await expectNoEnglish(page, [
    "Compare figures",
    "Each line:",
    "Pick other figures",
    "In people",
    "Numbers in the reports",
  ]);
  await expectNoSeriousAxe(page);

  // The account and its tokens.
  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Su cuenta" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("Ada Admin, administrador.");
  await expect(page.getByRole("link", { name: "Tokens de la API" })).toBeVisible();
  await expectNoSeriousAxe(page);
  await page.goto("/settings/tokens");
  await expect(page.getByRole("heading", { level: 1, name: "Tokens de la API" })).toBeVisible();
  await expectNoEnglish(page, ["A token lets a script"]);

  // Admin pages: tabs, tables, the webhook form.
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "Personas" })).toBeVisible();
  const tabs = page.getByRole("navigation", { name: "Administración" });
  await expect(tabs.getByRole("link", { name: "Configuración" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Última visita" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "admin-e2e@tally.test" })).toContainText(
    "administrador (usted)",
  );
  await expectNoEnglish(page, ["Last seen", "(you)", "Viewers read"]);
  await expectNoSeriousAxe(page);

  await page.goto("/admin/webhooks");
  await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Nuevo punto de destino" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Añadir webhook" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Los medios no coinciden" })).toBeChecked();
  await expectNoEnglish(page, ["Add webhook", "Outlets disagree", "Deliveries log"]);
  await expectNoSeriousAxe(page);

  await page.goto(`/figures/${first}/monitoring`);
  await expect(page.getByRole("heading", { level: 1, name: "Reglas de seguimiento" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Periodos de silencio" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Guardar las reglas" })).toBeVisible();
  await expectNoEnglish(page, ["Monitoring rules", "Quiet periods", "Save rules", "Days without a new report"]);
  await expectNoSeriousAxe(page);
});
