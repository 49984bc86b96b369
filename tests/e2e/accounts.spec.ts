// Accounts as people meet them: signing in and out, what a viewer can and cannot do, and an
// admin adding, promoting and disabling a colleague.
import { expect, test } from "@playwright/test";
import { fetchObservations, signIn, uniqueTag } from "./helpers";

test("a wrong password is refused with a message, and the right one signs in and out", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("editor-a@tally.test");
  await page.getByLabel("Password").fill("not the right password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("That email and password do not match an account.");
  await expect(page.getByLabel("Email")).toHaveValue("editor-a@tally.test");

  await signIn(page, "editor");
  const session = (await page.context().cookies()).find((c) => c.name === "tally.session_token");
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false }); // Secure needs https (TALLY_URL)
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
});

test("a viewer sees no edit controls and is turned away from the log form", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto("/figures/us-boat-strike-deaths");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Log a new value" })).toHaveCount(0);

  await page.goto("/figures/us-boat-strike-deaths/log");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Ffigures%2Fus-boat-strike-deaths%2Flog&need=editor$/);
  await expect(page.getByRole("status")).toContainText("That page needs the editor role");

  // Going around the page: a POST straight to the API, with the viewer's own session cookie.
  const before = await fetchObservations(page.request, "us-boat-strike-deaths");
  const res = await page.request.post("/api/figures/us-boat-strike-deaths/observations", {
    data: {
      outletId: before[0].outlet.id,
      qualifier: "exact",
      value: "999",
      reportedOn: "2025-11-01",
      citedSources: ["nobody"],
      quote: "a viewer tried to log 999",
    },
  });
  expect(res.status()).toBe(403);
  expect(await res.json()).toEqual({
    error: { code: "forbidden", message: "This needs the editor role; your account is a viewer." },
  });
  expect(await fetchObservations(page.request, "us-boat-strike-deaths")).toHaveLength(before.length);
});

test("anonymous visitors read freely but are sent to sign in to log", async ({ page }) => {
  await page.goto("/figures/us-boat-strike-deaths");
  await expect(page.getByRole("link", { name: "Log a new value" })).toHaveCount(0);
  await page.goto("/figures/us-boat-strike-deaths/log");
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await signIn(page, "editor");
  await page.goto("/figures/us-boat-strike-deaths/log");
  await expect(page.getByRole("heading", { level: 1, name: "Log a reported value" })).toBeVisible();
});

test("an admin adds a colleague with a one-time password, promotes them, and disabling signs them out", async ({
  page,
  browser,
}) => {
  const email = `reporter-${uniqueTag()}@tally.test`;
  await signIn(page, "admin");
  await page.getByRole("banner").getByRole("link", { name: "Admin", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();

  const form = page.getByRole("form", { name: "Add a person" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Name").fill("Rita Reporter");
  await form.getByLabel("Role").selectOption("viewer");
  await form.getByRole("button", { name: "Add person" }).click();
  const shown = page.getByTestId("generated-password");
  await expect(shown).toContainText(`Created viewer ${email}.`);
  const password = (await shown.locator("code").textContent())!.trim();
  expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);

  const row = page.getByTestId(`user-${email}`);
  await row.getByRole("combobox").selectOption("editor");
  await row.getByRole("button", { name: "Change" }).click();
  await expect(page.getByText(`${email} is now an editor.`)).toBeVisible();

  // The colleague signs in elsewhere with the password they were given…
  const theirs = await browser.newContext();
  const them = await theirs.newPage();
  await them.goto("/sign-in");
  await them.getByLabel("Email").fill(email);
  await them.getByLabel("Password").fill(password);
  await them.getByRole("button", { name: "Sign in" }).click();
  await expect(them.getByRole("banner")).toContainText("Rita Reporter");
  await them.goto("/figures/us-boat-strike-deaths");
  await expect(them.getByRole("link", { name: "Log a new value" })).toBeVisible();

  // …and is signed out the moment an admin disables the account.
  await row.getByRole("button", { name: `Disable ${email}` }).click();
  await expect(page.getByText(`${email} is disabled and signed out everywhere.`)).toBeVisible();
  await them.reload();
  await expect(them.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(them.getByRole("link", { name: "Log a new value" })).toHaveCount(0);
  await theirs.close();
});
