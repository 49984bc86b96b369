// Input that used to reach PostgreSQL and come back as a 500: a NUL in text, a year 0000, a NUL in
// a query, JSON numbers for exact values. Each is now a 400 that names the field.
import { describe, expect, it } from "vitest";
import { GET as exportCsv } from "@/app/api/export.csv/route";
import { GET as listFigures } from "@/app/api/figures/route";
import { POST as postObservation } from "@/app/api/figures/[slug]/observations/route";
import { PATCH as patchObservation } from "@/app/api/observations/[id]/route";
import { GET as figureTable } from "@/app/api/figures/[slug]/table/route";
import { getDb } from "@/lib/db/client";
import { logObservation } from "@/lib/observations/log-observation";
import { makeFigure, makeOutlet, observationInput } from "../factories";
import { makeUser, sessionHeaders } from "../factories/users";

const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const json = (path: string, method: string, body: unknown, headers: Headers) => {
  const h = new Headers(headers);
  h.set("content-type", "application/json");
  return new Request(`http://localhost${path}`, { method, headers: h, body: JSON.stringify(body) });
};
const valid = (outletId: string) => ({
  outletId,
  qualifier: "exact",
  value: "43",
  reportedOn: "2025-11-01",
  citedSources: ["UN"],
  quote: "43 people.",
});

async function setUp() {
  const editor = await makeUser({ role: "editor" });
  const figure = await makeFigure();
  const outlet = await makeOutlet();
  return { session: await sessionHeaders(editor), figure, outlet };
}

async function expect400(res: Response, field: string) {
  expect(res.status).toBe(400);
  const body = await res.json();
  expect(body.error.code).toBe("validation_failed");
  expect(body.error.fields[field]).toBeDefined();
  return body.error;
}

describe("bad input answers 400, never 500", () => {
  it.each([["quote"], ["note"], ["refersLabel"]])("a NUL in %s on POST", async (field) => {
    const { session, figure, outlet } = await setUp();
    const res = await postObservation(
      json(`/api/figures/${figure.slug}/observations`, "POST", { ...valid(outlet.id), [field]: "a\u0000b" }, session),
      ctx({ slug: figure.slug }),
    );
    await expect400(res, field);
  });

  it("a NUL in the quote on PATCH", async () => {
    const { session, figure, outlet } = await setUp();
    const obs = await logObservation({
      db: getDb(),
      actor: { id: null, name: "x", role: "editor" },
      input: observationInput(figure.slug, outlet.id),
    });
    const h = new Headers(session);
    h.set("if-match", `"${obs.version}"`);
    await expect400(
      await patchObservation(
        json(`/api/observations/${obs.id}`, "PATCH", { quote: "a\u0000b", reason: "r" }, h),
        ctx({ id: obs.id }),
      ),
      "quote",
    );
  });

  it.each([
    ["reportedOn", "0000-01-01"],
    ["refersStart", "0000-12-31"],
    ["reportedAt", "0000-01-01T00:00:00Z"],
    ["reportedAt", "0001-01-01T00:00:00+01:00"],
  ])("a year outside 0001–9999 in %s (%s)", async (field, date) => {
    const { session, figure, outlet } = await setUp();
    const body = {
      ...valid(outlet.id),
      [field]: date,
      ...(field === "refersStart" ? { refersEnd: "2025-01-01", refersPrecision: "day" } : {}),
    };
    const err = await expect400(
      await postObservation(
        json(`/api/figures/${figure.slug}/observations`, "POST", body, session),
        ctx({ slug: figure.slug }),
      ),
      field,
    );
    expect(err.fields[field].join(" ")).toMatch(/0001 and 9999|date|time/);
  });

  it.each(["reportedFrom", "refersTo", "asOf"])("a year 0000 in the CSV filter %s", async (filter) => {
    const res = await exportCsv(new Request(`http://localhost/api/export.csv?${filter}=0000-01-01`), ctx({}));
    await expect400(res, filter);
  });

  it("a NUL in a route's own param (the fuzz suite found GET …/table answering 500)", async () => {
    const { session } = await setUp();
    const res = await figureTable(new Request("http://localhost/api/figures/x/table", { headers: session }), {
      params: Promise.resolve({ slug: "a\u0000b" }),
    });
    await expect400(res, "slug");
  });

  it.each(["q", "topic"])("a NUL in ?%s=", async (key) => {
    const res = await listFigures(new Request(`http://localhost/api/figures?${key}=a%00b`), ctx({}));
    await expect400(res, key);
  });

  it.each([
    ["value", 12345678901234567890],
    ["low", 1.5],
    ["high", 7],
  ])("a JSON number for %s, naming the field", async (field, n) => {
    const { session, figure, outlet } = await setUp();
    const body =
      field === "value"
        ? { ...valid(outlet.id), value: n }
        : { ...valid(outlet.id), qualifier: "range", value: undefined, low: "1", high: "9", [field]: n };
    const err = await expect400(
      await postObservation(
        json(`/api/figures/${figure.slug}/observations`, "POST", body, session),
        ctx({ slug: figure.slug }),
      ),
      field,
    );
    expect(err.fields[field][0]).toContain("decimal string");
  });
});
