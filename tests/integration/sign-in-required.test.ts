// "Sign-in required" changes who may read everything, so this file runs on a database of its
// own (the other files keep reading anonymously while it runs).
import { describe, expect, it } from "vitest";
import { withOwnDatabase } from "../factories/own-database";

withOwnDatabase("tally_signin");

describe("a site that requires sign-in to read", () => {
  it("answers anonymous API readers 401 in the error shape, and signed-in viewers 200", async () => {
    const { getDb } = await import("@/lib/db/client");
    const { updateSiteSettings } = await import("@/lib/settings/update-site-settings");
    const { GET } = await import("@/app/api/figures/route");
    const { makeUser, sessionHeaders, anonymousHeaders } = await import("../factories/users");
    const call = (headers: Headers) =>
      GET(new Request("http://localhost/api/figures", { headers }), { params: Promise.resolve({}) });

    expect((await call(anonymousHeaders())).status).toBe(200);
    const admin = await makeUser({ role: "admin" });
    await updateSiteSettings({ db: getDb(), actor: admin.actor, input: { signInRequired: "on" } });

    const refused = await call(anonymousHeaders());
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ error: { code: "unauthorized", message: "Sign in to read Tally." } });

    const viewer = await makeUser({ role: "viewer" });
    expect((await call(await sessionHeaders(viewer))).status).toBe(200);

    const revision = await getDb().revision.findFirstOrThrow({ where: { entityType: "setting", entityId: "site" } });
    expect(revision).toMatchObject({
      actorId: admin.id,
      before: { signInRequired: false },
      after: { signInRequired: true },
    });
  });
});
