// Logging by pasting: a sentence (the number, qualifier and quote proposed), a link (outlet and
// date proposed), warnings with one-click "Save anyway", and a whole article saved in one go.
// Each test creates its own figure through /log, so no other test's counts move.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { createFigureFromLog, fetchObservations, signIn, tableRows, uniqueTag } from "./helpers";

test.beforeEach(async ({ page }) => signIn(page, "editor"));

test("log a value by pasting the sentence and the link, from the keyboard", async ({ page, request }) => {
  const tag = uniqueTag();
  const slug = await createFigureFromLog(page, `E2E strike deaths ${tag}`, "people", "Running total (a death toll)");
  const sentence = `Strikes have now killed at least 61 people in 14 strikes since September, AFP tallies show (e2e ${tag}).`;
  const domain = `wire${tag.replace(/-/g, "")}.org`;

  await page.getByLabel("Paste the sentence", { exact: true }).fill(sentence);
  const candidates = page.getByRole("group", { name: "Numbers found — choose the one to log" });
  await expect(candidates.getByRole("radio")).toHaveCount(2);
  // The number in the figure's unit is preselected, and the fields below are filled from it.
  await expect(candidates.getByRole("radio", { name: /at least 61 people/ })).toBeChecked();
  await expect(page.getByLabel("Value (people)", { exact: true })).toHaveValue("61");
  await expect(page.getByLabel("Qualifier", { exact: true })).toHaveValue("at_least");
  await expect(page.getByLabel("Quote", { exact: true })).toHaveValue(sentence);
  // Arrow keys move through the numbers found; each choice refills the fields.
  await candidates.getByRole("radio", { name: /at least 61 people/ }).focus();
  await page.keyboard.press("ArrowDown");
  await expect(candidates.getByRole("radio", { name: /14 strikes/ })).toBeChecked();
  await expect(page.getByLabel("Value (people)", { exact: true })).toHaveValue("14");
  await expect(page.getByLabel("Qualifier", { exact: true })).toHaveValue("exact");
  await page.keyboard.press("ArrowUp");
  await expect(page.getByLabel("Value (people)", { exact: true })).toHaveValue("61");

  // The link proposes a new outlet named after its domain and the date in its path.
  await page
    .getByLabel("Link to the article", { exact: true })
    .fill(`https://www.${domain}/world/2025/11/03/strikes-${tag}`);
  await expect(page.getByTestId("url-note")).toContainText("reported on Nov 3, 2025");
  await expect(page.getByLabel("Outlet", { exact: true }).locator("option:checked")).toHaveText("+ Add a new outlet");
  const outletName = await page.getByLabel("New outlet's name", { exact: true }).inputValue();
  expect(outletName.toLowerCase()).toBe(domain.split(".")[0]);
  await expect(page.getByLabel("Web domain", { exact: true })).toHaveValue(domain);
  await expect(page.getByLabel("Reported on", { exact: true })).toHaveValue("2025-11-03");
  await page.getByLabel("Cited source", { exact: true }).fill("AFP tallies > US figures");
  await page.getByLabel("Cited source", { exact: true }).press("Control+Enter");

  await expect(page).toHaveURL(new RegExp(`/figures/${slug}\\?logged=[0-9a-f-]{36}$`));
  await expect(page.getByText(`Saved: at least 61 people, ${outletName}`)).toBeVisible();
  const row = tableRows(page).filter({ hasText: `e2e ${tag}` });
  await expect(row).toHaveClass(/\bhighlight\b/);
  await expect(row.getByRole("cell").nth(0)).toHaveText("at least 61 people");
  await expect(row.getByRole("cell").nth(3)).toHaveText("Nov 3, 2025");
  const saved = await fetchObservations(request, slug);
  expect(saved).toHaveLength(1);
});

test("warnings come before saving, and Save anyway saves in one click", async ({ page, request }) => {
  const tag = uniqueTag();
  const slug = await createFigureFromLog(page, `E2E running total ${tag}`, "people", "Running total (a death toll)");
  const link = `https://news.desk${tag.replace(/-/g, "")}.com/2025/10/24/toll`;

  // A first report from a new outlet (with its domain, so the next link finds it).
  await page
    .getByLabel("Paste the sentence", { exact: true })
    .fill(`At least 43 people have died so far (e2e ${tag} first).`);
  // The proposal lands after a short pause in typing; a person sees it before saving.
  await expect(page.getByLabel("Value (people)", { exact: true })).toHaveValue("43");
  await page.getByLabel("Link to the article", { exact: true }).fill(link);
  await expect(page.getByLabel("New outlet's name", { exact: true })).not.toHaveValue("");
  const outletName = await page.getByLabel("New outlet's name", { exact: true }).inputValue();
  await page.getByLabel("Cited source", { exact: true }).fill("Health ministry");
  await page.getByRole("button", { name: "Save value" }).click();
  await expect(page).toHaveURL(new RegExp(`/figures/${slug}\\?logged=`));

  // A lower running total from the same outlet, in a sentence counting bodies, not people.
  await page.goto(`/figures/${slug}/log`);
  await page
    .getByLabel("Paste the sentence", { exact: true })
    .fill(`Rescuers recovered at least 40 bodies (e2e ${tag} second).`);
  await expect(page.getByLabel("Value (people)", { exact: true })).toHaveValue("40");
  await page.getByLabel("Link to the article", { exact: true }).fill(link.replace("10/24", "10/26"));
  await expect(page.getByLabel("Outlet", { exact: true }).locator("option:checked")).toHaveText(outletName);
  await page.getByLabel("Cited source", { exact: true }).fill("Health ministry");
  await page.getByRole("button", { name: "Save value" }).click();

  const warnings = page.getByTestId("form-warnings");
  await expect(warnings).toBeVisible();
  await expect(warnings).toContainText("The sentence says “at least 40 bodies”, but this figure counts people.");
  await expect(warnings).toContainText(
    `This running total is lower than ${outletName}'s previous report (at least 43 people, Oct 24, 2025).`,
  );
  // Focus lands on the warnings, not on the button that saves past them.
  await expect(warnings).toBeFocused();
  expect(await fetchObservations(request, slug)).toHaveLength(1);
  // What was typed is still there.
  await expect(page.getByLabel("Value (people)", { exact: true })).toHaveValue("40");
  await expect(page.getByLabel("Cited source", { exact: true })).toHaveValue("Health ministry");

  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Save anyway" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/figures/${slug}\\?logged=`));
  await expect(tableRows(page).filter({ hasText: `e2e ${tag} second` })).toHaveClass(/\bhighlight\b/);
  expect(await fetchObservations(request, slug)).toHaveLength(2);
});

test("a value the quote does not contain is questioned, and Save anyway saves it", async ({ page, request }) => {
  const tag = uniqueTag();
  const slug = await createFigureFromLog(page, `E2E quote check ${tag}`, "people", "Running total (a death toll)");
  await page
    .getByLabel("Paste the sentence", { exact: true })
    .fill(`At least 62 people have died, the ministry said (e2e ${tag}).`);
  await expect(page.getByLabel("Value (people)", { exact: true })).toHaveValue("62");
  await page.getByLabel("Value (people)", { exact: true }).fill("61");
  await page
    .getByLabel("Link to the article", { exact: true })
    .fill(`https://quote${tag.replace(/-/g, "")}.example.com/a`);
  await page.getByLabel("Cited source", { exact: true }).fill("Health ministry");
  await page.getByRole("button", { name: "Save value" }).click();

  const warnings = page.getByTestId("form-warnings");
  await expect(warnings).toContainText("The quote does not contain 61. It reads “");
  await expect(warnings).toContainText("62 people”.");
  await expect(warnings).toBeFocused();
  await expect(page.getByRole("button", { name: "Save anyway" })).not.toBeFocused();
  expect(await fetchObservations(request, slug)).toHaveLength(0);

  await page.getByRole("button", { name: "Save anyway" }).click();
  await expect(page).toHaveURL(new RegExp(`/figures/${slug}\\?logged=`));
  const saved = await fetchObservations(request, slug);
  expect(saved.map((o) => o.value)).toEqual(["61"]);
});

test("a whole article: two ticked numbers, one to a new figure, saved in one go", async ({ page, request }) => {
  const tag = uniqueTag();
  const article = [
    `The US cut its aid to Colombia to $180 million this year, officials said (e2e ${tag}).`,
    `Separately, the army said at least 12 drones were shot down over the border.`,
    `Nobody was hurt in the 2025 incidents.`,
  ].join("\n");
  const before = await fetchObservations(request, "us-aid-to-colombia");

  await page.goto("/log/article");
  await page.getByLabel("Paste the article", { exact: true }).fill(article);
  const numbers = page.getByTestId("article-number");
  await expect(numbers).toHaveCount(2); // the year is not a figure
  await page
    .getByLabel("Link to the article", { exact: true })
    .fill(`https://www.gazette${tag.replace(/-/g, "")}.net/2025/11/07/aid`);
  await expect(page.getByLabel("Reported on", { exact: true })).toHaveValue("2025-11-07");
  const aid = numbers.filter({ hasText: "$180 million" });
  await aid.getByRole("checkbox").check();
  await aid.getByLabel("Cited source", { exact: true }).fill("US officials");
  // The only figure counted in USD is preselected.
  await expect(aid.getByLabel("Figure", { exact: true }).locator("option:checked")).toHaveText(
    "US aid to Colombia per fiscal year (USD)",
  );
  await expect(aid.getByLabel("Value", { exact: true })).toHaveValue("180000000");

  const drones = numbers.filter({ hasText: "at least 12 drones" });
  await drones.getByRole("checkbox").check();
  await drones.getByLabel("Figure", { exact: true }).selectOption({ label: "+ Create a new figure" });
  await drones.getByLabel("New figure's title", { exact: true }).fill(`Drones downed ${tag}`);
  await drones.getByLabel("Cited source", { exact: true }).fill("The army");
  await expect(drones.getByLabel("Unit", { exact: true })).toHaveValue("drones");
  await expect(drones.getByLabel("Qualifier", { exact: true })).toHaveValue("at_least");
  await page.getByRole("button", { name: "Save the ticked values" }).click();

  const saved = page.getByTestId("saved-values");
  await expect(saved).toContainText("Saved 2 values");
  await expect(saved).toContainText("at least 12 drones");
  const aidAfter = await fetchObservations(request, "us-aid-to-colombia");
  expect(aidAfter).toHaveLength(before.length + 1);
  expect(aidAfter.map((o) => o.quote)).toContain(article.split("\n")[0]);
  const dronesSlug = `drones-downed-${tag}`.toLowerCase();
  const droneValues = await fetchObservations(request, dronesSlug);
  expect(droneValues.map((o) => o.quote)).toEqual([article.split("\n")[1]]);
});

test("a whole article with a bad number: the error sits by that row's field, every choice stays, and fixing it saves", async ({
  page,
}) => {
  const tag = uniqueTag();
  await page.goto("/log/article");
  await page
    .getByLabel("Paste the article", { exact: true })
    .fill(`Aid fell to $150 million (e2e ${tag}).\nAt least 9 drones were shot down.`);
  const numbers = page.getByTestId("article-number");
  await expect(numbers).toHaveCount(2);
  await page.getByLabel("Outlet", { exact: true }).selectOption({ label: "Seed article 000 (publisher not named)" });
  const drones = numbers.filter({ hasText: "at least 9 drones" });
  await drones.getByRole("checkbox").check();
  await drones.getByLabel("Cited source", { exact: true }).fill("The army");
  await drones.getByLabel("Figure", { exact: true }).selectOption({ label: "+ Create a new figure" });
  await drones.getByLabel("New figure's title", { exact: true }).fill(`Drones seen ${tag}`);
  const value = drones.getByLabel("Value", { exact: true });
  await value.fill("nine");
  await page.getByRole("button", { name: "Save the ticked values" }).click();

  await expect(page.getByRole("alert").filter({ hasText: "Nothing was saved." })).toBeFocused();
  // The second number on the page is row 1: its own field carries the message.
  await expect(value).toHaveAttribute("name", "rows.1.value");
  await expect(value).toHaveAttribute("aria-invalid", "true");
  await expect(value).toHaveAccessibleDescription(/Enter a plain number like 43, 253,000 or 1\.5/);
  await expect(value).toHaveValue("nine");
  await expect(drones.getByLabel("Qualifier", { exact: true })).toHaveValue("at_least");
  await expect(drones.getByLabel("Figure", { exact: true }).locator("option:checked")).toHaveText(
    "+ Create a new figure",
  );
  await expect(page.getByLabel("Outlet", { exact: true }).locator("option:checked")).toHaveText(
    "Seed article 000 (publisher not named)",
  );
  await expect(drones.getByLabel("Cited source", { exact: true })).toHaveValue("The army");
  await expect(page.getByTestId("form-error")).toContainText(
    /number 2 \(“at least 9 drones”\): value — Enter a plain number/i,
  );

  await value.fill("9");
  await value.press("Control+Enter");
  await expect(page.getByTestId("saved-values")).toContainText("Saved 1 value");
  await expect(page.getByTestId("saved-values")).toContainText("at least 9 drones");
});

test("the logging pages, with numbers listed, have no serious or critical axe violations", async ({ page }) => {
  test.setTimeout(150_000); // three full axe passes over long forms: about 10 s each on a busy 2-core machine
  const serious = async () => {
    const { violations } = await new AxeBuilder({ page }).analyze();
    return violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(" ")) }));
  };
  await page.goto("/log");
  expect(await serious()).toEqual([]);

  await page.goto("/figures/colombia-coca-cultivation/log");
  await page
    .getByLabel("Paste the sentence", { exact: true })
    .fill("Coca covered a record 253,000 hectares in 2023, up from 230,000 hectares.");
  await expect(page.getByTestId("candidates").getByRole("radio")).toHaveCount(2);
  await page.getByLabel("Link to the article", { exact: true }).fill("https://www.example.org/2025/10/24/coca");
  await page.screenshot({ path: "test-results/log-form-pasted.png", fullPage: true });
  expect(await serious()).toEqual([]);

  await page.goto("/log/article");
  await page
    .getByLabel("Paste the article", { exact: true })
    .fill("The US cut aid to $230 million.\nAt least 43 people were killed in 10 strikes.");
  await expect(page.getByTestId("article-number")).toHaveCount(3);
  await page.getByTestId("article-number").first().getByRole("checkbox").check();
  await page.screenshot({ path: "test-results/log-article.png", fullPage: true });
  expect(await serious()).toEqual([]);
});

test("a whole article: three values, each with its own cited source, two with a period from their sentence", async ({
  page,
  request,
}) => {
  test.setTimeout(150_000);
  const tag = uniqueTag();
  const article = [
    `Coca cultivation reached 253,000 hectares in 2024, according to UNODC (e2e ${tag}).`,
    `At least 61 boats have been struck since September, according to a Reuters tally based on Pentagon figures.`,
    `At least 30 crew members were killed, a State Department official said.`,
  ].join("\n");
  await page.goto("/log/article");
  // The link first: its date is the end of "since September".
  await page
    .getByLabel("Link to the article", { exact: true })
    .fill(`https://www.ledger${tag.replace(/-/g, "")}.net/2025/11/07/strikes`);
  await expect(page.getByLabel("Reported on", { exact: true })).toHaveValue("2025-11-07");
  await page.getByLabel("Paste the article", { exact: true }).fill(article);
  const numbers = page.getByTestId("article-number");
  await expect(numbers).toHaveCount(3);

  const coca = numbers.filter({ hasText: "253,000 hectares" });
  await coca.getByRole("checkbox").check();
  await coca.getByLabel("Figure", { exact: true }).selectOption({ label: "+ Create a new figure" });
  await coca.getByLabel("New figure's title", { exact: true }).fill(`Coca ${tag}`);
  await expect(coca.getByLabel("Cited source", { exact: true })).toHaveValue("UNODC");
  await expect(coca.getByLabel("Refers to: from", { exact: true })).toHaveValue("2024-01-01");
  await expect(coca.getByLabel("Refers to: until", { exact: true })).toHaveValue("2024-12-31");

  const boats = numbers.filter({ hasText: "61 boats" });
  await boats.getByRole("checkbox").check();
  await boats.getByLabel("Figure", { exact: true }).selectOption({ label: "+ Create a new figure" });
  await boats.getByLabel("New figure's title", { exact: true }).fill(`Boats struck ${tag}`);
  await expect(boats.getByLabel("Cited source", { exact: true })).toHaveValue("Reuters tally > Pentagon figures");
  await expect(boats.getByLabel("Refers to: from", { exact: true })).toHaveValue("2025-09-01");
  await expect(boats.getByLabel("Period in the reporter's words", { exact: true })).toHaveValue("since September");

  const crew = numbers.filter({ hasText: "30 crew members" });
  await crew.getByRole("checkbox").check();
  await expect(crew.getByLabel("Cited source", { exact: true })).toHaveValue("");
  await expect(crew.getByLabel("Refers to: from", { exact: true })).toHaveValue("");

  // Two problems in the third row: the message names the row and each field.
  await page.getByRole("button", { name: "Save the ticked values" }).click();
  const error = page.getByTestId("form-error");
  await expect(error).toBeFocused();
  await expect(error).toContainText(/number 3 \(“At least 30[^”]*”\): figure — Choose a figure\./);
  await expect(error).toContainText(/number 3 \(“At least 30[^”]*”\): cited source — Say whose number it is/);
  await expect(crew.getByText("Say whose number it is", { exact: false })).toBeVisible();

  await crew.getByLabel("Figure", { exact: true }).selectOption({ label: "+ Create a new figure" });
  await crew.getByLabel("New figure's title", { exact: true }).fill(`Crew killed ${tag}`);
  await crew.getByLabel("Cited source", { exact: true }).fill("State Department official");
  await page.getByRole("button", { name: "Save the ticked values" }).click();
  await expect(page.getByTestId("saved-values")).toContainText("Saved 3 values");

  type Logged = { quote: string; citedSources: string[]; refersStart: string | null; refersEnd: string | null };
  const find = async (slug: string, text: string) =>
    ((await fetchObservations(request, slug)) as unknown as Logged[]).find((o) => o.quote.includes(text))!;
  expect(await find(`coca-${tag}`.toLowerCase(), `e2e ${tag}`)).toMatchObject({
    citedSources: ["UNODC"],
    refersStart: "2024-01-01",
    refersEnd: "2024-12-31",
  });
  expect(await find(`boats-struck-${tag}`.toLowerCase(), "61 boats")).toMatchObject({
    citedSources: ["Reuters tally", "Pentagon figures"],
    refersStart: "2025-09-01",
    refersEnd: "2025-11-07",
  });
  expect(await find(`crew-killed-${tag}`.toLowerCase(), "30 crew")).toMatchObject({
    citedSources: ["State Department official"],
    refersStart: null,
  });
});
