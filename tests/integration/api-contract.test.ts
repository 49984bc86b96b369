// Walks every app/api/**/route.ts: each method either answers or fails in the one error shape
// (unsupported methods with 405), and the OpenAPI document lists every route and validates.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi-document";
import { ZErrorResponse } from "@/lib/api/response-schemas";

const API_DIR = path.join(import.meta.dirname, "../../app/api");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? routeFiles(path.join(dir, e.name)) : e.name === "route.ts" ? [path.join(dir, e.name)] : [],
  );
}
/** app/api/figures/[slug]/route.ts → /api/figures/{slug} */
const toPath = (file: string) =>
  `/api/${path.relative(API_DIR, path.dirname(file)).split(path.sep).join("/")}`
    .replace(/\/$/, "")
    .replace(/\[([^\].]+)\]/g, "{$1}");

const ROUTES = routeFiles(API_DIR)
  .map((file) => ({ file, path: toPath(file) }))
  .filter((r) => !r.path.includes("[...")); // the catch-all 404
const SAMPLE: Record<string, string> = { slug: "no-such-figure", id: "00000000-0000-4000-8000-000000000000" };
const doc = openApiDocument() as unknown as {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, unknown> };
};

describe("every API route", () => {
  it("was found (sanity: the walk sees the routes this issue added)", () => {
    expect(ROUTES.map((r) => r.path)).toEqual(
      expect.arrayContaining(["/api/export.csv", "/api/figures/{slug}/observations", "/api/observations/{id}/retract"]),
    );
  });

  it.each(ROUTES)(
    "$path: documented in OpenAPI, and every method answers or errors in the one shape",
    async ({ file, path: p }) => {
      expect(Object.keys(doc.paths)).toContain(p);
      const mod = (await import(file)) as Record<string, (req: Request, ctx: unknown) => Promise<Response>>;
      const documented = Object.keys(doc.paths[p]).map((m) => m.toUpperCase());
      const params = Object.fromEntries([...p.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name, SAMPLE[name]]));
      const url = `http://localhost${p.replace(/\{(\w+)\}/g, (_, n) => SAMPLE[n])}`;
      for (const method of METHODS) {
        expect(mod[method], `${method} ${p} is exported (a JSON 405 rather than Next's bare one)`).toBeTypeOf(
          "function",
        );
        const body = method === "GET" ? undefined : "{}";
        const res = await mod[method](
          new Request(url, { method, body, headers: { "content-type": "application/json" } }),
          { params: Promise.resolve(params) },
        );
        if (!documented.includes(method)) expect(res.status, `${method} ${p}`).toBe(405);
        if (res.status >= 400) {
          expect(res.headers.get("content-type"), `${method} ${p}`).toMatch(/application\/json/);
          ZErrorResponse.strict().parse(await res.json());
          expect(Object.keys(doc.paths[p][method.toLowerCase()]?.responses ?? { 405: 1 })).toContain(
            String(res.status === 405 ? 405 : res.status),
          );
        } else {
          await res.body?.cancel();
        }
      }
    },
  );
});

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 whose every $ref resolves and every operation has answers", () => {
    expect(doc.openapi).toBe("3.1.0");
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) expect(doc.components.schemas, ref).toHaveProperty(ref);
    for (const [p, ops] of Object.entries(doc.paths)) {
      for (const [m, op] of Object.entries(ops)) {
        expect(["get", "post", "patch", "put", "delete"], `${m} ${p}`).toContain(m);
        expect(Object.keys(op.responses).length, `${m} ${p}`).toBeGreaterThan(0);
      }
    }
  });
});
