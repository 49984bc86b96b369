// What anonymous readers get (SECURITY.md, "What is public"): the figures and their values, but
// not account ids, send-back comments, the alert list or alert notes.
import { describe, expect, it } from "vitest";
import { GET as alertsJson } from "@/app/api/alerts/route";
import { GET as figureJson } from "@/app/api/figures/[slug]/route";
import { GET as observationJson } from "@/app/api/observations/[id]/route";
import { checkObservation } from "@/lib/observations/check-observation";
import { logObservation } from "@/lib/observations/log-observation";
import { makeFigure, makeOutlet, observationInput } from "../factories";
import { anonymousHeaders, makeUser, sessionHeaders } from "../factories/users";

async function returnedValue() {
  const logger = await makeUser({ role: "editor" });
  const checker = await makeUser({ role: "editor" });
  const figure = await makeFigure();
  const outlet = await makeOutlet();
  const obs = await logObservation({ actor: logger.actor, input: observationInput(figure.slug, outlet.id) });
  await checkObservation({
    actor: checker.actor,
    input: { id: obs.id, version: String(obs.version), decision: "returned", comment: "Internal: the AP wire says 41" },
  });
  return { logger, figure, obs };
}

describe("anonymous readers", () => {
  it("get values without account ids or send-back comments; signed-in people get both", async () => {
    const { logger, figure, obs } = await returnedValue();
    const read = async (headers: Headers) =>
      (
        await figureJson(new Request(`http://localhost/api/figures/${figure.slug}`, { headers }), {
          params: Promise.resolve({ slug: figure.slug }),
        })
      ).json();
    const anonymous = (await read(anonymousHeaders())).observations[0];
    expect(anonymous).toMatchObject({
      id: obs.id,
      loggedBy: logger.name,
      checkStatus: "returned",
      loggedById: null,
      checkComment: null,
    });
    const one = await (
      await observationJson(
        new Request(`http://localhost/api/observations/${obs.id}`, { headers: anonymousHeaders() }),
        { params: Promise.resolve({ id: obs.id }) },
      )
    ).json();
    expect(JSON.stringify(one)).not.toContain("Internal: the AP wire");
    expect(JSON.stringify(one)).not.toContain(logger.id);

    const signedIn = (await read(await sessionHeaders(await makeUser({ role: "viewer" })))).observations[0];
    expect(signedIn).toMatchObject({ loggedById: logger.id, checkComment: "Internal: the AP wire says 41" });
  });

  it("do not get the alert list", async () => {
    const res = await alertsJson(new Request("http://localhost/api/alerts", { headers: anonymousHeaders() }), {
      params: Promise.resolve({}),
    });
    expect(res.status).toBe(401);
  });
});
