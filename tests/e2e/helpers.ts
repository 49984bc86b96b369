// Shared bits of the browser tests. Every row a test writes carries a unique tag, so tests
// running side by side (or against a database that outlived an earlier run) never see each
// other's rows.
import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import pg from "pg";
import { embeddedUrl } from "../../lib/db/embedded";
import { env } from "../../lib/env";
import { E2E_PASSWORD, E2E_USERS, type E2EUser } from "./users";

/** One query against the e2e database, for a spec that sets up rows no form makes (an alert). */
export async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: env.TEST_DATABASE_URL ?? embeddedUrl(env.E2E_PG_PORT) });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

export const uniqueTag = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

type Observation = {
  id: string;
  value: string | null;
  status: "published" | "retracted";
  quote: string;
  outlet: { id: string; name: string };
};

/** What the JSON API says a figure holds right now. */
export async function fetchObservations(request: APIRequestContext, slug: string): Promise<Observation[]> {
  const res = await request.get(`/api/figures/${slug}`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { observations: Observation[] }).observations;
}

export type LogInput = {
  quote: string;
  qualifier: string;
  value: string;
  outlet: { existing: string } | { newName: string; kind?: string };
  citedSources: string;
  reportedOn: string;
};

/** Fills the log form the way a person would: by the labels they read. */
export async function fillLogForm(page: Page, input: LogInput) {
  await page.getByLabel("Quote", { exact: true }).fill(input.quote);
  await page.getByLabel("Qualifier", { exact: true }).selectOption({ label: input.qualifier });
  await page.getByLabel(/^Value \(/).fill(input.value);
  const outlet = page.getByLabel("Outlet", { exact: true });
  if ("existing" in input.outlet) {
    await outlet.selectOption({ label: input.outlet.existing });
  } else {
    await outlet.selectOption({ label: "+ Add a new outlet" });
    await page.getByLabel("New outlet's name", { exact: true }).fill(input.outlet.newName);
    if (input.outlet.kind) await page.getByLabel("Kind", { exact: true }).selectOption({ label: input.outlet.kind });
  }
  await page.getByLabel("Cited source", { exact: true }).fill(input.citedSources);
  await page.getByLabel("Reported on", { exact: true }).fill(input.reportedOn);
}

/** Logs a value on the figure's log form (as whoever `page` is signed in as), saves it, and returns its id. */
export async function logThroughForm(page: Page, slug: string, input: LogInput): Promise<string> {
  await page.goto(`/figures/${slug}/log`);
  await fillLogForm(page, input);
  await page.getByRole("button", { name: "Save value" }).click();
  await expect(page).toHaveURL(new RegExp(`/figures/${slug}\\?logged=`));
  return new URL(page.url()).searchParams.get("logged")!;
}

/** The interactive chart's data points (Recharts, loaded after hydration; the server-drawn snapshot's markers are the `<use>`s in "chart-snapshot-points"). */
export const chartPoints = (page: Page) => page.getByTestId("figure-chart").getByTestId("chart-point");

/** Body rows of the observation table (the header row is in <thead>). */
export const tableRows = (page: Page) => page.getByTestId("observation-table").locator("tbody").getByRole("row");

/** Signs in through the sign-in page, as a person would, and waits for the header to say so. */
export async function signIn(page: Page, who: E2EUser) {
  const user = E2E_USERS[who];
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: new RegExp(user.name) })).toBeVisible();
}

/** Creates a figure on /log and lands on its log form; returns its slug. */
export async function createFigureFromLog(
  page: Page,
  title: string,
  unit: string,
  kind = "Running total (a death toll)",
) {
  await page.goto("/log");
  await expect(page.getByRole("heading", { level: 1, name: "Log a reported value" })).toBeVisible();
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Unit", { exact: true }).fill(unit);
  await page.getByLabel("Kind", { exact: true }).selectOption({ label: kind });
  await page.getByRole("button", { name: "Create figure and log a value" }).click();
  await expect(page).toHaveURL(/\/figures\/[a-z0-9-]+\/log$/);
  return new URL(page.url()).pathname.split("/")[2]!;
}

/**
 * Axe finds nothing serious or critical on the page. It waits for running transitions (a toast
 * sliding in) to end first: axe computes contrast from the colours as painted, half-faded ones too.
 */
export async function expectNoSeriousAxe(page: Page) {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== "running" || a.effect?.getComputedTiming().iterations === Infinity),
  );
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}
