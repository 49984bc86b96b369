// /api/docs shows an example for every route of the OpenAPI document, generated from the same
// schemas (so a request example is a valid request), every parameter described, backticks as
// code, newOutlet's fields, and the CSV columns from the export's own list.
import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import ApiDocsPage from "@/app/api/docs/page";
import { routeExample, type Doc } from "@/lib/api/examples";
import { openApiDocument } from "@/lib/api/openapi-document";
import { OBSERVATION_COLUMNS } from "@/lib/csv/observations-sql";
import { MESSAGES } from "@/lib/i18n/messages";
import { ZExtractRequest } from "@/lib/extract/schemas";
import { ZObservationCreateBody, ZObservationPatch, ZRetractBody } from "@/lib/observations/api-schemas";

const doc = openApiDocument() as unknown as Doc;
const render = (locale: "en" | "es") =>
  renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      { locale, messages: MESSAGES[locale] } as ComponentProps<typeof NextIntlClientProvider>,
      createElement(ApiDocsPage),
    ),
  );
const html = render("en");
const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
  Object.keys(ops).map((method) => [method, path] as const),
);
const sectionOf = (method: string, path: string) => {
  const start = html.indexOf(`id="${method}-${path}"`);
  expect(start, `${method} ${path} has a section`).toBeGreaterThan(0);
  return html.slice(start, html.indexOf("</section>", start));
};
const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

describe("the API docs page", () => {
  it("has routes to document", () => {
    expect(routes.length).toBeGreaterThan(15);
  });

  it.each(routes)("shows an example for %s %s: curl, and the JSON it answers", (method, path) => {
    const section = sectionOf(method, path);
    expect(section).toContain('data-testid="api-example"');
    const ex = routeExample(doc, path, method);
    expect(unescape(section)).toContain(ex.curl);
    expect(ex.curl).toMatch(new RegExp(`^curl${method === "get" ? "" : ` -X ${method.toUpperCase()}`} 'https://`));
    if (ex.response) expect(unescape(section)).toContain(ex.response.body);
  });

  it("request examples are valid requests (the same zod schemas parse them)", () => {
    const body = (path: string, method: string) => JSON.parse(routeExample(doc, path, method).request!.body);
    expect(ZObservationCreateBody.safeParse(body("/api/figures/{slug}/observations", "post")).error).toBeUndefined();
    expect(ZObservationPatch.safeParse(body("/api/observations/{id}", "patch")).error).toBeUndefined();
    expect(ZRetractBody.safeParse(body("/api/observations/{id}/retract", "post")).error).toBeUndefined();
    expect(ZExtractRequest.safeParse(body("/api/extract", "post")).error).toBeUndefined();
  });

  it("describes every parameter", () => {
    const missing = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).flatMap(([method, op]) =>
        (op.parameters ?? [])
          .filter((p) => !(p as { description?: string }).description && !p.schema?.description)
          .map((p) => `${method} ${path} ${p.name}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it("renders backticks as code, documents newOutlet's fields and lists the CSV columns from the export's list", () => {
    const prose = html.replace(/<pre>[\s\S]*?<\/pre>/g, "");
    expect(prose).not.toContain("`");
    expect(prose).toContain("<code>Authorization: Bearer tly_…</code>");
    for (const f of ["newOutlet.name", "newOutlet.kind", "newOutlet.domain"])
      expect(sectionOf("post", "/api/figures/{slug}/observations")).toContain(`<code>${f}</code>`);
    const csv = html.slice(html.indexOf('id="csv-columns"'));
    for (const c of OBSERVATION_COLUMNS) expect(csv).toContain(`<code>${c.name}</code>`);
    expect(html).not.toContain("as in the README");
  });
});

describe("/api/docs in Spanish", () => {
  it("has its prose in Spanish and keys, routes and field names as they are", () => {
    const es = render("es");
    expect(es).toContain("Cifras reportadas y su procedencia.");
    expect(es).toContain("Columnas del CSV");
    expect(es).toContain('<th scope="col">campo</th>');
    expect(es).toContain("GET /api/figures");
    expect(es).not.toContain("Machine-readable");
  });
});
