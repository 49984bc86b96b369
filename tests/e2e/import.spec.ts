import { expect, test } from "@playwright/test";
import { fetchObservations, signIn, uniqueTag } from "./helpers";

const HEAD = "figure_slug,qualifier,value,reported_on,outlet,outlet_kind,cited_sources,quote";

test("importing a CSV: the dry run previews and writes nothing, the import writes all, a second import adds nothing", async ({
  page,
  request,
}) => {
  const slug = "us-aid-to-colombia-expected-cut";
  const tag = uniqueTag();
  const outlet = `E2E Import Wire ${tag}`;
  // `;`-separated with a BOM, as a European spreadsheet saves it, and a quoted comma.
  const file = `\uFEFF${HEAD.replace(/,/g, ";")}\r\n${slug};at_least;30;2025-11-03;${outlet};wire_agency;Associated Press;"Cuts of at least 30%, e2e ${tag}"\r\n${slug};exact;31;2025-11-04;${outlet};wire_agency;Associated Press;"Exactly 31% (e2e ${tag})"\r\n`;
  await signIn(page, "editor");
  const upload = (body: string) =>
    page.getByLabel("CSV file").setInputFiles({ name: "values.csv", mimeType: "text/csv", buffer: Buffer.from(body) });

  await page.goto("/import");
  await upload(file);
  await page.getByRole("button", { name: "Check file (dry run)" }).click();
  await expect(page.getByTestId("dry-run-summary")).toHaveText("2 rows: 2 new values to create, 0 already there.");
  await expect(page.getByText(`New outlets: ${outlet}`)).toBeVisible();
  await expect(page.getByRole("table", { name: /values to create/ }).getByRole("row")).toHaveCount(3);
  expect((await fetchObservations(request, slug)).filter((o) => o.quote.includes(tag))).toHaveLength(0);

  await page.getByRole("button", { name: "Import 2 values" }).click();
  await expect(page.getByText("Imported 2 values, 0 new figures and 1 new outlets")).toBeVisible();
  expect((await fetchObservations(request, slug)).filter((o) => o.quote.includes(tag))).toHaveLength(2);

  await upload(file);
  await page.getByRole("button", { name: "Check file (dry run)" }).click();
  await expect(page.getByTestId("dry-run-summary")).toHaveText("2 rows: 0 new values to create, 2 already there.");
  await expect(page.getByRole("button", { name: "Import 0 values" })).toBeDisabled();
});

test("a file with a bad row lists its line and column and cannot be imported", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto("/import");
  const file = `${HEAD}\n us-aid-to-colombia-expected-cut,exact,lots,2025-11-03,AP,,AP,bad row\n`.replace(
    "\n us",
    "\nus",
  );
  await page.getByLabel("CSV file").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(file) });
  await page.getByRole("button", { name: "Check file (dry run)" }).click();
  const errors = page.getByRole("table", { name: /Rows to fix/ });
  await expect(errors.getByRole("row").nth(1)).toContainText("2value");
  await expect(page.getByRole("button", { name: /^Import \d+ values$/ })).toBeDisabled();
});

test("new figures: the dry run shows the kind each will get (the file's figure_kind, or level), and the import creates them so", async ({
  page,
  request,
}) => {
  const tag = uniqueTag()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
  const [flowSlug, plainSlug] = [`e2e-flow-${tag}`, `e2e-plain-${tag}`];
  // EUR, not USD: the article form's e2e relies on the demo's aid figure being the only one in USD.
  const head = "figure_slug,figure_title,unit,figure_kind,qualifier,value,reported_on,outlet,cited_sources,quote";
  const file = [
    head,
    `${flowSlug},Aid per year ${tag},EUR,flow,exact,5,2025-11-03,Seed article 001 (publisher not named),AP,Aid of 5 euros (e2e ${tag})`,
    `${plainSlug},Boats seen ${tag},boats,,exact,6,2025-11-03,Seed article 001 (publisher not named),AP,Six boats were seen (e2e ${tag})`,
  ].join("\r\n");
  await signIn(page, "editor");
  await page.goto("/import");
  await page
    .getByLabel("CSV file")
    .setInputFiles({ name: "figures.csv", mimeType: "text/csv", buffer: Buffer.from(file) });
  await page.getByRole("button", { name: "Check file (dry run)" }).click();
  await expect(page.getByTestId("dry-run-summary")).toHaveText("2 rows: 2 new values to create, 0 already there.");
  const newFigures = page.getByText(/^New figures:/);
  await expect(newFigures).toContainText(`Aid per year ${tag} (${flowSlug}, EUR, kind: flow)`);
  await expect(newFigures).toContainText(
    `Boats seen ${tag} (${plainSlug}, boats, kind: level — the file gives no figure_kind, so level is assumed)`,
  );

  await page.getByRole("button", { name: "Import 2 values" }).click();
  await expect(page.getByText("Imported 2 values, 2 new figures and 0 new outlets")).toBeVisible();
  for (const [slug, kind] of [
    [flowSlug, "flow"],
    [plainSlug, "level"],
  ]) {
    const res = await request.get(`/api/figures/${slug}`);
    expect(((await res.json()) as { figure: { kind: string } }).figure.kind).toBe(kind);
  }
});
