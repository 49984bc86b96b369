// The desk's own pages in Spanish (NEXT_LOCALE=es): review queue, a value's page, a figure's
// history, compare, the account and the admin pages read in Spanish — headings, buttons, dates
// and numbers ("24 oct 2025", "253.000") — with none of the English they replace, and axe finds
// nothing serious on them. The spec makes its own two figures and values.
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxe, signIn, uniqueTag } from "./helpers";

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

test("the desk's forms read in Spanish and say what is wrong in Spanish, with no serious axe violations", async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(180_000); // signs in, then fills and audits four forms on a loaded machine
  const tag = uniqueTag();
  await signIn(page, "admin");
  await context.addCookies([{ name: "NEXT_LOCALE", value: "es", url: baseURL! }]);

  // Paste an article: its legend, labels, list of numbers and the save button in Spanish.
  await page.goto("/log/article");
  await expect(page.getByRole("group", { name: "El artículo" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Números del artículo" })).toBeVisible();
  await expect(page.getByText("Pegue un artículo arriba: sus números aparecerán aquí.")).toBeVisible();
  await expect(page.getByLabel("Enlace al artículo")).toBeVisible();
  await expect(page.getByLabel("Reportado el", { exact: true })).toHaveAttribute("placeholder", "AAAA-MM-DD");
  await page.getByLabel("Pegue el artículo").fill(`Al menos 57 personas murieron, según la Fiscalía (e2e ${tag}).`);
  const pick = page.getByRole("checkbox", { name: /^Registrar «.*57/ });
  await pick.check();
  const row = page.getByTestId("article-number").filter({ has: pick });
  await expect(row.getByLabel("Cifra", { exact: true })).toBeVisible();
  await expect(row.getByLabel("Fuente citada")).toBeVisible();
  await row.getByLabel("Cifra", { exact: true }).selectOption({ label: "+ Crear una cifra nueva" });
  await expect(row.getByLabel("Título de la cifra nueva")).toBeVisible();
  await row.getByLabel("Cifra", { exact: true }).selectOption({ label: "Elija una cifra…" });
  await expectNoEnglish(page, [
    "Paste the article",
    "Numbers in the article",
    "Cited source",
    "Choose a figure",
    "Save the ticked values",
    "All of them are saved",
  ]);
  await expectNoSeriousAxe(page);
  // Saved with no figure and no outlet: nothing is saved, and the message says why in Spanish.
  await page.getByRole("button", { name: "Guardar los valores marcados" }).click();
  const problem = page.getByTestId("form-error");
  await expect(problem).toContainText("No se guardó nada.");
  await expect(problem).toContainText("Un valor necesita corrección:");
  await expect(problem).toContainText("cifra — Elija una cifra.");
  await expect(row.getByText("Elija una cifra.", { exact: true })).toBeVisible();
  await expectNoEnglish(page, ["Nothing was saved", "needs fixing", "Choose a figure."]);
  await expectNoSeriousAxe(page);

  // Add a person: labels and roles in Spanish; a bad email and a short password said in Spanish.
  await page.goto("/admin/users");
  const people = page.getByRole("form", { name: "Agregar una persona" });
  await expect(people.getByLabel("Rol")).toContainText("editor: registra, revisa, corrige");
  await people.getByLabel("Correo electrónico").fill(`no-es-un-correo-${tag}`);
  await people.getByLabel("Nombre", { exact: true }).fill(`Ana e2e ${tag}`);
  await people.getByLabel("Contraseña (opcional)").fill("corta");
  await people.getByRole("button", { name: "Agregar persona" }).click();
  await expect(people.getByText("Escriba un correo electrónico como nombre@redaccion.org.")).toBeVisible();
  await expect(people.getByText("Use al menos 12 caracteres.")).toBeVisible();
  await expect(people.getByText("De 12 a 128 caracteres. Déjela vacía para generar una.")).toBeVisible();
  await expectNoEnglish(page, ["Add a person", "Password (optional)", "reads only", "Enter an email address"]);
  await expectNoSeriousAxe(page);

  // Change your password: an empty form is refused in Spanish, and nothing changes.
  await page.goto("/settings");
  const password = page.getByRole("form", { name: "Cambiar su contraseña" });
  await expect(password.getByLabel("Contraseña actual")).toBeVisible();
  await expect(password.getByLabel("Repita la contraseña nueva")).toBeVisible();
  await password.getByRole("button", { name: "Cambiar contraseña" }).click();
  await expect(password.getByText("Escriba su contraseña actual.")).toBeVisible();
  await expectNoEnglish(page, ["Change your password", "Current password", "New password", "Enter your current"]);
  await expectNoSeriousAxe(page);

  // API tokens: the form and its scope in Spanish; a one-letter name is refused in Spanish.
  await page.goto("/settings/tokens");
  await expect(page.getByRole("group", { name: "Permisos" })).toContainText("Leer (cualquiera puede)");
  await expect(page.getByRole("checkbox", { name: /Registrar, editar y retractar valores/ })).toBeChecked();
  await page.getByLabel("Nombre del token").fill("x");
  await page.getByRole("button", { name: "Crear token" }).click();
  await expect(
    page.getByText("Póngale al token el nombre de lo que lo va a usar (p. ej., “bot de la redacción”)."),
  ).toBeVisible();
  await expectNoEnglish(page, ["Token name", "Allowed to", "Create token", "Name the token"]);
  await expectNoSeriousAxe(page);
});
