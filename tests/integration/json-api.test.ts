// The JSON API as a client sees it: cursor pages, ETag/304, CORS, 405s, and writes by API
// token (scopes, revocation) with optimistic concurrency (If-Match → 412/409/428).
import { describe, expect, it } from "vitest";
import {
  GET as figureObservations,
  OPTIONS as observationsOptions,
  POST as postObservation,
  DELETE as deleteObservations,
} from "@/app/api/figures/[slug]/observations/route";
import { PATCH as patchObservation } from "@/app/api/observations/[id]/route";
import { POST as retract } from "@/app/api/observations/[id]/retract/route";
import { GET as outlets } from "@/app/api/outlets/route";
import { GET as events } from "@/app/api/events/route";
import {
  ZEventListResponse,
  ZObservationPageResponse,
  ZObservationResponse,
  ZOutletListResponse,
} from "@/lib/api/response-schemas";
import { createApiToken } from "@/lib/auth/create-api-token";
import { revokeApiToken } from "@/lib/auth/revoke-api-token";
import type { Actor, Role } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { makeFigure, makeOutlet, uniq } from "../factories";
import { makeUser, sessionHeaders } from "../factories/users";
import { logValue } from "../factories/log-value";

const db = getDb();
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const url = (path: string) => `http://localhost${path}`;

async function makeEditor(role: Role = "editor"): Promise<Actor> {
  return (await makeUser({ role })).actor;
}
const editorSession = async () => Object.fromEntries(await sessionHeaders(await makeUser({ role: "editor" })));
const tokenFor = async (actor: Actor, scopes: string[]) =>
  (await createApiToken({ db, actor, input: { name: "bot", scopes } })).token;
const jsonReq = (path: string, method: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(url(path), {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

async function figureWith(n: number) {
  const figure = await makeFigure();
  const outlet = await makeOutlet();
  const ids: string[] = [];
  for (let i = 1; i <= n; i++) {
    const day = String(i).padStart(2, "0");
    ids.push((await logValue(figure.slug, outlet.id, { value: String(i), reportedOn: `2025-10-${day}` })).id);
  }
  return { figure, outlet, ids };
}

describe("GET /api/figures/:slug/observations", () => {
  it("pages newest first with a cursor until the last page, each page as documented", async () => {
    const { figure } = await figureWith(5);
    const seen: string[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const res: Response = await figureObservations(
        new Request(url(`/api/figures/${figure.slug}/observations?limit=2${cursor ? `&cursor=${cursor}` : ""}`)),
        ctx({ slug: figure.slug }),
      );
      expect(res.status).toBe(200);
      const page = ZObservationPageResponse.parse(await res.json());
      seen.push(...page.observations.map((o) => o.value!));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(["5", "4", "3", "2", "1"]);
  });

  it("takes the CSV filters", async () => {
    const { figure } = await figureWith(3);
    const res = await figureObservations(
      new Request(url(`/api/figures/${figure.slug}/observations?reportedFrom=2025-10-02&reportedTo=2025-10-02`)),
      ctx({ slug: figure.slug }),
    );
    expect((await res.json()).observations.map((o: { value: string }) => o.value)).toEqual(["2"]);
  });

  it("answers an empty page for a figure with nothing matching, and 404 for a figure that does not exist", async () => {
    const { figure } = await figureWith(1);
    const empty = await figureObservations(
      new Request(url(`/api/figures/${figure.slug}/observations?reportedFrom=2026-01-01`)),
      ctx({ slug: figure.slug }),
    );
    expect(empty.status).toBe(200);
    expect(await empty.json()).toEqual({ observations: [], nextCursor: null });
    const missing = await figureObservations(
      new Request(url("/api/figures/no-such-figure/observations")),
      ctx({ slug: "no-such-figure" }),
    );
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      error: { code: "not_found", message: "There is no figure “no-such-figure”." },
    });
  });

  it("sends an ETag and answers 304 to If-None-Match until something changes", async () => {
    const { figure, outlet } = await figureWith(1);
    const get = (headers: Record<string, string> = {}) =>
      figureObservations(
        new Request(url(`/api/figures/${figure.slug}/observations`), { headers }),
        ctx({ slug: figure.slug }),
      );
    const first = await get();
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    const again = await get({ "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    await logValue(figure.slug, outlet.id, { value: "99" });
    const changed = await get({ "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("refuses other methods with 405 in the error shape and write preflights from other sites", async () => {
    const res = await deleteObservations(
      new Request(url("/api/figures/x/observations"), { method: "DELETE" }),
      ctx({ slug: "x" }),
    );
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, POST, OPTIONS");
    expect((await res.json()).error.code).toBe("method_not_allowed");
    const preflight = (method: string) =>
      observationsOptions(
        new Request(url("/api/figures/x/observations"), {
          method: "OPTIONS",
          headers: { origin: "https://elsewhere.example", "access-control-request-method": method },
        }),
        ctx({}),
      );
    expect((await preflight("GET")).headers.get("access-control-allow-origin")).toBe("*");
    const post = await preflight("POST");
    expect(post.status).toBe(403);
    expect(post.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("writes by API token", () => {
  const body = (outletId: string) => ({
    outletId,
    qualifier: "at_least",
    value: "1,250",
    reportedOn: "2025-11-01",
    citedSources: ["UN OCHA"],
    quote: "At least 1,250 people were displaced.",
  });

  it("log a value as the token's owner when it has the scope; 403 without; 401 revoked or wrong", async () => {
    const editor = await makeEditor();
    const { figure, outlet } = await figureWith(0);
    const post = (token: string) =>
      postObservation(
        jsonReq(`/api/figures/${figure.slug}/observations`, "POST", body(outlet.id), {
          authorization: `Bearer ${token}`,
        }),
        ctx({ slug: figure.slug }),
      );

    const good = await tokenFor(editor, ["observations:write"]);
    const created = await post(good);
    expect(created.status).toBe(201);
    const dto = ZObservationResponse.parse(await created.json());
    expect(dto).toMatchObject({ value: "1250", loggedBy: editor.name, loggedById: editor.id });
    expect(await db.apiToken.findFirst({ where: { userId: editor.id! }, select: { lastUsedAt: true } })).toMatchObject({
      lastUsedAt: expect.any(Date),
    });

    const noScope = await post(await tokenFor(editor, []));
    expect(noScope.status).toBe(403);
    expect((await noScope.json()).error.message).toMatch(/observations:write/);

    const viewerToken = await tokenFor(await makeEditor("viewer"), ["observations:write"]).catch((e) => e);
    expect(viewerToken).toMatchObject({ code: "forbidden" }); // viewers cannot even make one

    const tokenRow = await db.apiToken.findFirstOrThrow({
      where: { userId: editor.id!, scopes: { has: "observations:write" } },
    });
    await revokeApiToken({ db, actor: editor, tokenId: tokenRow.id });
    expect((await post(good)).status).toBe(401);
    expect((await post(`tly_${"x".repeat(43)}`)).status).toBe(401);
    expect(await db.observation.count({ where: { figureId: figure.id } })).toBe(1);
  });

  it("are refused without a session or token (401), and from a viewer's session (403)", async () => {
    const { figure, outlet } = await figureWith(0);
    const anonymous = await postObservation(
      jsonReq(`/api/figures/${figure.slug}/observations`, "POST", body(outlet.id)),
      ctx({ slug: figure.slug }),
    );
    expect(anonymous.status).toBe(401);
    const viewer = Object.fromEntries(await sessionHeaders(await makeUser({ role: "viewer" })));
    expect(
      (
        await postObservation(
          jsonReq(`/api/figures/${figure.slug}/observations`, "POST", body(outlet.id), viewer),
          ctx({ slug: figure.slug }),
        )
      ).status,
    ).toBe(403);
    expect(await db.observation.count({ where: { figureId: figure.id } })).toBe(0);
  });

  it.each([
    [
      "PATCH /api/observations/:id",
      () => patchObservation(jsonReq("/api/observations/x", "PATCH", {}, { "if-match": "1" }), ctx({ id: "x" })),
    ],
    [
      "POST /api/observations/:id/retract",
      () => retract(jsonReq("/api/observations/x/retract", "POST", { reason: "because" }), ctx({ id: "x" })),
    ],
  ])("%s refuses anonymous callers (401)", async (_, call) => {
    const res = await call();
    expect(res.status).toBe(401);
  });

  it("stores only a hash of the token, which is shown once", async () => {
    const editor = await makeEditor();
    const created = await createApiToken({
      db,
      actor: editor,
      input: { name: "sheet sync", scopes: ["observations:write"] },
    });
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).not.toContain(created.token.slice(4));
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(created.token.startsWith(row.tokenPrefix)).toBe(true);
  });

  it.each(["https://evil.example", "null", "not a url"])(
    "refuses a session write sent with Origin %s",
    async (origin) => {
      const { figure, outlet } = await figureWith(0);
      const session = await editorSession();
      const res = await postObservation(
        jsonReq(`/api/figures/${figure.slug}/observations`, "POST", body(outlet.id), {
          ...session,
          origin,
          host: "localhost",
        }),
        ctx({ slug: figure.slug }),
      );
      expect(res.status).toBe(403);
      expect((await res.json()).error.message).toBe(
        "Writes are only accepted from Tally's own pages or with an API token.",
      );
      expect(await db.observation.count({ where: { figureId: figure.id } })).toBe(0);
    },
  );
});

describe("PATCH /api/observations/:id and retract", () => {
  it("needs If-Match; a stale version is 412; the right one saves, bumps the version and writes a revision", async () => {
    const { ids } = await figureWith(1);
    const id = ids[0];
    const session = await editorSession();
    const patch = (headers: Record<string, string>, b: unknown = { value: "44", reason: "AFP updated" }) =>
      patchObservation(jsonReq(`/api/observations/${id}`, "PATCH", b, { ...session, ...headers }), ctx({ id }));
    expect((await patch({})).status).toBe(428);
    const stale = await patch({ "if-match": '"7"' });
    expect(stale.status).toBe(412);
    expect((await stale.json()).error.code).toBe("precondition_failed");
    const bad = await patch({ "if-match": "1" }, { value: "lots" });
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).error.fields)).toEqual(["value"]);

    const ok = await patch({ "if-match": "1" });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("etag")).toBe('"2"');
    expect(await ok.json()).toMatchObject({ value: "44", version: 2, qualifier: "at_least" });
    expect((await patch({ "if-match": "1" })).status).toBe(412); // the same edit again is now stale
    const revisions = await db.revision.findMany({ where: { entityId: id }, orderBy: { id: "asc" } });
    expect(revisions.map((r) => [r.action, r.reason])).toEqual([
      ["create", null],
      ["update", "AFP updated"],
    ]);

    const retracted = await retract(
      jsonReq(
        `/api/observations/${id}/retract`,
        "POST",
        { reason: "duplicate of AP's" },
        { ...session, "if-match": "2" },
      ),
      ctx({ id }),
    );
    expect(await retracted.json()).toMatchObject({
      status: "retracted",
      statusReason: "duplicate of AP's",
      version: 3,
    });
    const again = await retract(
      jsonReq(`/api/observations/${id}/retract`, "POST", { reason: "duplicate of AP's" }, session),
      ctx({ id }),
    );
    expect(again.status).toBe(409);
  });
});

describe("GET /api/outlets and /api/events", () => {
  it("answer in their documented shapes", async () => {
    const outlet = await makeOutlet();
    const o = ZOutletListResponse.parse(await (await outlets(new Request(url("/api/outlets")), ctx({}))).json());
    expect(o.outlets.map((x) => x.name)).toContain(outlet.name);
    await db.event.create({ data: { date: new Date("2025-10-24"), title: uniq("Sanctions"), topic: "t" } });
    const e = ZEventListResponse.parse(await (await events(new Request(url("/api/events")), ctx({}))).json());
    expect(e.events.length).toBeGreaterThan(0);
  });
});
