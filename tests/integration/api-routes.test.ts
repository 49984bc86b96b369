// The route handlers, called as Next.js calls them, against the real database.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { GET as catchAll } from "@/app/api/[...path]/route";
import { GET as historyCsv } from "@/app/api/figures/[slug]/history.csv/route";
import { GET as figureJson } from "@/app/api/figures/[slug]/route";
import { GET as figuresJson } from "@/app/api/figures/route";
import { GET as health } from "@/app/api/health/route";
import { makeFigure, makeOutlet, uniq } from "../factories";
import { logValue } from "../factories/log-value";

const req = (path: string) => new Request(`http://localhost${path}`);
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });

async function seededFigure() {
  const topic = uniq("topic");
  const figure = await makeFigure({ topics: [topic] });
  const outlet = await makeOutlet(uniq("Verónica's Gazette"));
  const first = await logValue(figure.slug, outlet.id, { qualifier: "exact", value: "17", reportedOn: "2025-10-01" });
  const second = await logValue(figure.slug, outlet.id, {
    quote: '=HYPERLINK("x") "quoted", with commas\nand a new line',
    url: "https://example.org/a?b=1",
  });
  return { figure, outlet, topic, first, second };
}

describe("GET /api/health", () => {
  it("answers ok when the database answers", async () => {
    const res = await health(req("/api/health"), ctx({}));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", db: "ok", saturated: [] });
  });
});

describe("GET /api/figures", () => {
  it("lists figures with their latest value as reported, filtered by topic", async () => {
    const { figure, topic } = await seededFigure();
    const res = await figuresJson(req(`/api/figures?topic=${topic}`), ctx({}));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.figures).toHaveLength(1);
    expect(body.figures[0]).toMatchObject({ slug: figure.slug, outletCount: 1, observationCount: 2 });
    expect(body.figures[0].latest).toMatchObject({
      value: "43",
      qualifier: "at_least",
      display: "at least 43 people",
      reportedOn: "2025-10-25",
    });
    expect(body.topics).toContain(topic);
  });
});

describe("GET /api/figures/:slug", () => {
  it("returns the figure and every observation, newest first, numbers as exact strings", async () => {
    const { figure, first, second } = await seededFigure();
    const res = await figureJson(req(`/api/figures/${figure.slug}`), ctx({ slug: figure.slug }));
    const body = await res.json();
    expect(body.figure.slug).toBe(figure.slug);
    expect(body.observations.map((o: { id: string; value: string }) => [o.id, o.value])).toEqual([
      [second.id, "43"],
      [first.id, "17"],
    ]);
  });
});

describe("GET /api/figures/:slug/history.csv", () => {
  it("is RFC 4180 CSV with every provenance column, CRLF line ends and a sensible file name", async () => {
    const { figure, outlet, first, second } = await seededFigure();
    const res = await historyCsv(req(`/api/figures/${figure.slug}/history.csv`), ctx({ slug: figure.slug }));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get("content-disposition")).toMatch(
      new RegExp(`^attachment; filename="tally-${figure.slug}-history-\\d{4}-\\d{2}-\\d{2}\\.csv"$`),
    );
    const text = await res.text();
    expect(text.split("\r\n")[0]).toBe(
      "display,observation_id,figure_slug,figure_title,unit,figure_kind,qualifier,value,low,high,refers_start,refers_end,refers_precision,refers_label,reported_on,reported_at,outlet,outlet_kind,cited_sources,origin,origin_kind,url,quote,note,status,status_reason,check_status,checked_by,checked_at,logged_by,logged_at,version",
    );
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.observation_id, r.value, r.qualifier, r.reported_on])).toEqual([
      [first.id, "17", "exact", "2025-10-01"],
      [second.id, "43", "at_least", "2025-10-25"],
    ]);
    expect(rows[1]).toMatchObject({
      outlet: outlet.name,
      cited_sources: "AFP tallies > US figures",
      url: "https://example.org/a?b=1",
      // A formula in a text cell is neutralised; quotes, commas and the new line survive.
      quote: `'=HYPERLINK("x") "quoted", with commas\nand a new line`,
      status: "published",
      logged_by: "test editor",
      version: "1",
    });
  });

  it("answers 404 in the JSON error shape for an unknown figure", async () => {
    const res = await historyCsv(req("/api/figures/nope/history.csv"), ctx({ slug: "nope" }));
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: { code: "not_found", message: "There is no figure “nope”." } });
  });
});

describe("the one error shape", () => {
  it.each([
    ["an unknown figure", () => figureJson(req("/api/figures/missing"), ctx({ slug: "missing" })), 404, "not_found"],
    [
      "a slug that cannot exist",
      () => figureJson(req("/api/figures/NOT%20A%20SLUG"), ctx({ slug: "NOT A SLUG" })),
      404,
      "not_found",
    ],
    [
      "an unknown API path",
      () => catchAll(req("/api/nothing/here"), ctx({ path: ["nothing", "here"] })),
      404,
      "not_found",
    ],
    [
      "an unknown topic filter that is too long",
      () => figuresJson(req(`/api/figures?topic=${"x".repeat(81)}`), ctx({})),
      400,
      "validation_failed",
    ],
  ])("%s → %i {error:{code,message}}", async (_, call, status, code) => {
    const res = await call();
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    const body = await res.json();
    expect(Object.keys(body)).toEqual(["error"]);
    expect(body.error.code).toBe(code);
    expect(typeof body.error.message).toBe("string");
    expect(body.error.message.length).toBeGreaterThan(5);
  });
});

describe("security headers on API answers", () => {
  // proxy.ts does not run for /api/… (its matcher leaves them out): handleRoute and apiRoute set them.
  const expectSecurityHeaders = (res: Response, what: string) => {
    expect(res.headers.get("content-security-policy"), what).toContain("script-src 'none'");
    expect(res.headers.get("content-security-policy"), what).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options"), what).toBe("nosniff");
    expect(res.headers.get("referrer-policy"), what).toBe("strict-origin-when-cross-origin");
    expect(res.headers.get("x-frame-options"), what).toBe("DENY");
  };

  it("are on reads, 304s, errors, refused methods, preflights and unknown addresses", async () => {
    const { figure } = await seededFigure();
    const observations = await import("@/app/api/figures/[slug]/observations/route");
    const params = ctx({ slug: figure.slug });
    const url = `/api/figures/${figure.slug}/observations`;
    const ok = await observations.GET(req(url), params);
    expect(ok.status).toBe(200);
    expectSecurityHeaders(ok, "200");
    const etag = ok.headers.get("etag")!;
    const notModified = await observations.GET(
      new Request(`http://localhost${url}`, { headers: { "if-none-match": etag } }),
      params,
    );
    expect(notModified.status).toBe(304);
    expectSecurityHeaders(notModified, "304");
    const bad = await observations.GET(req(`${url}?limit=0`), params);
    expect(bad.status).toBe(400);
    expectSecurityHeaders(bad, "400");
    const refused = await observations.PUT(new Request(`http://localhost${url}`, { method: "PUT" }), params);
    expect(refused.status).toBe(405);
    expectSecurityHeaders(refused, "405");
    const preflight = await observations.OPTIONS(
      new Request(`http://localhost${url}`, { method: "OPTIONS", headers: { "access-control-request-method": "GET" } }),
      params,
    );
    expect(preflight.status).toBe(204);
    expectSecurityHeaders(preflight, "OPTIONS");
    const unknown = await catchAll(req("/api/nothing-here"), ctx({ path: ["nothing-here"] }));
    expect(unknown.status).toBe(404);
    expectSecurityHeaders(unknown, "404");
    const { OPTIONS: unknownOptions } = await import("@/app/api/[...path]/route");
    const unknownPreflight = await unknownOptions(
      new Request("http://localhost/api/nothing-here", { method: "OPTIONS" }),
      ctx({ path: ["nothing-here"] }),
    );
    expect(unknownPreflight.status).toBe(404);
    expectSecurityHeaders(unknownPreflight, "OPTIONS on an unknown address");
  });

  it("add HSTS when Tally is served over https", async () => {
    const before = process.env.TALLY_URL;
    process.env.TALLY_URL = "https://tally.example.org";
    try {
      const res = await health(req("/api/health"), ctx({}));
      expect(res.headers.get("strict-transport-security")).toMatch(/^max-age=\d+/);
    } finally {
      if (before === undefined) delete process.env.TALLY_URL;
      else process.env.TALLY_URL = before;
    }
    expect((await health(req("/api/health"), ctx({}))).headers.get("strict-transport-security")).toBeNull();
  });
});
