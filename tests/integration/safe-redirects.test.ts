// Open redirects: sign-in's `next` and the check form's `returnTo` go through lib/http/safe-redirect,
// called as the browser's form posts call the server actions (no JavaScript needed for either).
import { describe, expect, it } from "vitest";
import { checkObservationAction } from "@/app/observations/[id]/actions";
import { signInAction } from "@/app/sign-in/actions";
import { getDb } from "@/lib/db/client";
import { logObservation } from "@/lib/observations/log-observation";
import { makeFigure, makeOutlet, observationInput, uniq } from "../factories";
import { makeUser, sessionHeaders, TEST_PASSWORD } from "../factories/users";
import { withRequest } from "../setup/next-request";

const PAYLOADS = [
  "/\\evil.example/x",
  "/\t/evil.example",
  "//evil.example",
  "/.//evil.example",
  "https://evil.example/",
];

/** Where a server action redirected to (Next's redirect() throws a digest naming the URL). */
async function redirectOf(headers: Headers, run: () => Promise<unknown>): Promise<string> {
  const thrown = await withRequest(headers, run).then(
    (v) => ({ digest: `returned ${JSON.stringify(v)}` }),
    (e: { digest?: string }) => e,
  );
  const m = /^NEXT_REDIRECT;[^;]*;([^;]*);/.exec(thrown.digest ?? "");
  if (!m) throw new Error(`no redirect: ${thrown.digest}`);
  return m[1]!;
}

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

describe("safe redirects", () => {
  it.each(PAYLOADS)("sign-in with next=%j lands on this site's home page", async (next) => {
    const user = await makeUser({ role: "viewer" });
    const headers = new Headers({ "x-forwarded-for": `2001:db8::${uniq("r").slice(2)}` });
    const to = await redirectOf(headers, () =>
      signInAction({}, form({ email: user.email, password: TEST_PASSWORD, next })),
    );
    expect(to).toBe("/");
  });

  it("sign-in keeps a path on this site", async () => {
    const user = await makeUser({ role: "viewer" });
    const to = await redirectOf(new Headers(), () =>
      signInAction({}, form({ email: user.email, password: TEST_PASSWORD, next: "/review?x=1" })),
    );
    expect(to).toBe("/review?x=1");
  });

  it.each(PAYLOADS)("checking with returnTo=%j returns to the value's own page", async (returnTo) => {
    const logger = await makeUser({ role: "editor" });
    const checker = await makeUser({ role: "editor" });
    const figure = await makeFigure();
    const outlet = await makeOutlet();
    const obs = await logObservation({
      db: getDb(),
      actor: logger.actor,
      input: observationInput(figure.slug, outlet.id),
    });
    const fields = { id: obs.id, version: String(obs.version), decision: "checked", returnTo };
    const to = await redirectOf(await sessionHeaders(checker), () => checkObservationAction({}, form(fields)));
    expect(to).toBe(`/observations/${obs.id}?done=checked`);
  });
});
