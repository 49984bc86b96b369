// What a CDN or nginx in front may keep (lib/http/cache-policy.ts): anonymous reads of a public
// site answer `public, s-maxage` with strong ETags and 304s; a session cookie, or a sign-in-only
// site, makes the same request private; and the proxy looks up no session for an anonymous page
// view (it counts the queries every pg client in this process sends). A database of its own:
// the sign-in-only switch would change what the other files read.
import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { withOwnDatabase } from "../factories/own-database";

withOwnDatabase("tally_cache");

async function setUp() {
  const { makeFigure, makeOutlet, observationInput } = await import("../factories");
  const { logObservation } = await import("@/lib/observations/log-observation");
  const { makeUser, sessionHeaders } = await import("../factories/users");
  const editor = await makeUser({ role: "editor" });
  const figure = await makeFigure();
  const outlet = await makeOutlet();
  const log = (value: string) =>
    logObservation({ actor: editor.actor, input: observationInput(figure.slug, outlet.id, { value }) });
  await log("43");
  return { figure, log, session: await sessionHeaders(editor) };
}

const params = <P>(p: P) => ({ params: Promise.resolve(p) });

async function pageHeaders(path: string, headers: Headers) {
  const { NextRequest } = await import("next/server");
  const { proxy } = await import("@/proxy");
  const res = await proxy(new NextRequest(`http://localhost${path}`, { headers }));
  return res.headers;
}

describe("answers a shared cache may keep", () => {
  it("anonymous GET /embed/figures/:slug and the figure page are public with s-maxage; with a session cookie, private", async () => {
    const { figure, session } = await setUp();
    for (const path of [`/embed/figures/${figure.slug}`, `/figures/${figure.slug}`]) {
      const anonymous = await pageHeaders(path, new Headers({ "accept-language": "es" }));
      expect(anonymous.get("cache-control")).toMatch(/^public, .*s-maxage=\d+, stale-while-revalidate=\d+/);
      expect(anonymous.get("vary")).toBe("Accept-Language");
      expect(anonymous.get("content-security-policy")).toContain("script-src 'nonce-");
      const signedIn = await pageHeaders(path, session);
      // No Cache-Control from the proxy: Next then sends its own `private, no-cache, no-store`.
      expect(signedIn.get("cache-control")).toBeNull();
    }
    expect((await pageHeaders(`/figures/${figure.slug}/log`, new Headers())).get("cache-control")).toBeNull();
  }, 90_000); // the first test imports Next's request code and signs in: slow on a busy machine

  it("public JSON: public with a strong ETag, 304 on If-None-Match, private with a session cookie", async () => {
    const { figure, log, session } = await setUp();
    const { GET } = await import("@/app/api/figures/[slug]/route");
    const get = (headers: Headers) =>
      GET(new Request(`http://localhost/api/figures/${figure.slug}`, { headers }), params({ slug: figure.slug }));
    const first = await get(new Headers());
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toMatch(/^public, .*s-maxage=/);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/); // strong: no W/
    const again = await get(new Headers({ "if-none-match": etag }));
    expect(again.status).toBe(304);
    expect(again.headers.get("cache-control")).toMatch(/^public, /);
    await log("44");
    expect((await get(new Headers({ "if-none-match": etag }))).status).toBe(200);
    const mine = await get(session);
    expect(mine.status).toBe(200);
    expect(mine.headers.get("cache-control")).toBe("private, no-cache");
  });

  it("paged JSON (one body, one hash, one Response): strong ETag of the bytes sent, 304, redacted for anonymous readers", async () => {
    const { figure, log, session } = await setUp();
    const { createHash } = await import("node:crypto");
    const { GET } = await import("@/app/api/figures/[slug]/observations/route");
    const get = (headers: Headers) =>
      GET(
        new Request(`http://localhost/api/figures/${figure.slug}/observations`, { headers }),
        params({ slug: figure.slug }),
      );
    const first = await get(new Headers());
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("application/json");
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    expect(first.headers.get("cache-control")).toMatch(/^public, .*s-maxage=/);
    const body = await first.text();
    const etag = first.headers.get("etag")!;
    expect(etag).toBe(`"${createHash("sha1").update(body).digest("base64url")}"`);
    expect(JSON.parse(body).observations[0]).toMatchObject({ value: "43", loggedById: null });
    const again = await get(new Headers({ "if-none-match": etag }));
    expect(again.status).toBe(304);
    expect(again.headers.get("content-type")).toBeNull();
    expect(again.headers.get("cache-control")).toMatch(/^public, /);
    await log("44");
    expect((await get(new Headers({ "if-none-match": etag }))).status).toBe(200);
    const mine = await get(session);
    expect(mine.headers.get("cache-control")).toBe("private, no-cache");
    expect((await mine.json()).observations[0].loggedById).toEqual(expect.any(String));
  });

  it("a JSON answer with an internal field is redacted for anonymous readers", async () => {
    const { jsonAnswer } = await import("@/lib/http/json-answer");
    const { redactForAnonymous } = await import("@/lib/http/redact-for-anonymous");
    const { finishRead } = await import("@/lib/http/read-headers");
    const { PRIVATE_DECISION } = await import("@/lib/http/cache-policy");
    const res = await redactForAnonymous(jsonAnswer({ items: [{ loggedById: "u1", note: "kept" }] }, { status: 200 }));
    const sent = await finishRead(new Request("http://localhost/x"), res, PRIVATE_DECISION);
    expect(await sent.json()).toEqual({ items: [{ loggedById: null, note: "kept" }] });
    expect(sent.headers.get("etag")).toMatch(/^"[\w-]+"$/);
  });

  it("CSV: public with an ETag known before the stream starts; 304 until a value is logged", async () => {
    const { figure, log } = await setUp();
    const { GET } = await import("@/app/api/figures/[slug]/history.csv/route");
    const get = (headers: Headers) =>
      GET(
        new Request(`http://localhost/api/figures/${figure.slug}/history.csv`, { headers }),
        params({ slug: figure.slug }),
      );
    const first = await get(new Headers());
    expect(first.status).toBe(200);
    expect(await first.text()).toContain("43");
    expect(first.headers.get("cache-control")).toMatch(/^public, .*s-maxage=/);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect((await get(new Headers({ "if-none-match": etag }))).status).toBe(304);
    await log("45");
    const changed = await get(new Headers({ "if-none-match": etag }));
    expect(changed.status).toBe(200);
    expect(await changed.text()).toContain("45");
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("the proxy looks up no session for anonymous page views (only the availability probe), and one per view with a session cookie", async () => {
    const { figure, session } = await setUp();
    const sent = vi.spyOn(pg.Client.prototype, "query");
    const views = async (n: number, headers: Headers) => {
      sent.mockClear();
      const t0 = Date.now();
      for (let i = 0; i < n; i++) await pageHeaders(`/embed/figures/${figure.slug}`, headers);
      const texts = sent.mock.calls.map(([q]) =>
        (typeof q === "string" ? q : ((q as { text?: string }).text ?? "")).trim(),
      );
      return { queries: texts.length, texts, seconds: (Date.now() - t0) / 1000 };
    };
    await views(1, new Headers()); // the availability answer and the site settings, cached from here on
    const anonymous = await views(50, new Headers());
    // One availability probe per view ("503, never 500": lib/db/availability.ts), at most the
    // settings' refresh, and no session lookup.
    expect(anonymous.texts.filter((t) => t !== "SELECT 1").length).toBeLessThanOrEqual(
      Math.ceil(anonymous.seconds / 5),
    );
    expect(anonymous.queries).toBeLessThanOrEqual(50 + Math.ceil(anonymous.seconds / 5));
    const signedIn = await views(10, session);
    expect(signedIn.queries).toBeGreaterThanOrEqual(10); // the counter counts: each session is looked up
    sent.mockRestore();
  });

  it("a sign-in-only site makes every answer private", async () => {
    const { figure } = await setUp();
    const { makeUser } = await import("../factories/users");
    const { updateSiteSettings } = await import("@/lib/settings/update-site-settings");
    const { GET } = await import("@/app/api/figures/[slug]/route");
    const admin = await makeUser({ role: "admin" });
    await updateSiteSettings({ actor: admin.actor, input: { signInRequired: "on" } });
    try {
      const page = await pageHeaders(`/embed/figures/${figure.slug}`, new Headers());
      expect(page.get("cache-control")).toBeNull();
      expect(page.get("location")).toContain("/sign-in");
      const json = await GET(new Request(`http://localhost/api/figures/${figure.slug}`), params({ slug: figure.slug }));
      expect(json.status).toBe(401);
      expect(json.headers.get("cache-control") ?? "").not.toContain("public");
    } finally {
      await updateSiteSettings({ actor: admin.actor, input: { signInRequired: "off" } });
    }
  });
});
