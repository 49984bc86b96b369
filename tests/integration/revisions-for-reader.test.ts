// A value's history as a reader who is not signed in gets it: every change, but not the desk's
// send-back comment or account ids (SECURITY.md, "What is public"); signed-in people see both.
import { describe, expect, it } from "vitest";
import { checkObservation } from "@/lib/observations/check-observation";
import { logObservation } from "@/lib/observations/log-observation";
import { listRevisions } from "@/lib/revisions/list-revisions";
import { revisionsForReader } from "@/lib/revisions/revisions-for-reader";
import { makeFigure, makeOutlet, observationInput, TEST_ACTOR } from "../factories";
import { makeUser } from "../factories/users";

describe("revision timelines for readers", () => {
  it("leave out the send-back comment and account ids for anonymous readers only", async () => {
    const figure = await makeFigure();
    const outlet = await makeOutlet();
    const logger = (await makeUser({ role: "editor" })).actor;
    const checker = (await makeUser({ role: "editor" })).actor;
    const o = await logObservation({ actor: logger, input: observationInput(figure.slug, outlet.id) });
    await checkObservation({
      actor: checker,
      input: {
        id: o.id,
        version: o.version,
        decision: "returned",
        comment: "Internal: the quote is from a rival paper",
      },
    });
    const revisions = await listRevisions({ entityIds: [o.id] });
    const text = (r: unknown) => JSON.stringify(r);

    const signedIn = revisionsForReader({ revisions, actor: TEST_ACTOR });
    expect(text(signedIn)).toContain("Internal: the quote is from a rival paper");
    expect(text(signedIn)).toContain(logger.id!);

    const anonymous = revisionsForReader({ revisions, actor: null });
    expect(anonymous).toHaveLength(revisions.length);
    expect(text(anonymous)).not.toContain("Internal: the quote is from a rival paper");
    expect(text(anonymous)).not.toContain(logger.id!);
    // what was public stays: the check itself is listed
    expect(anonymous.flatMap((r) => r.changes.map((c) => c.label))).toContain("Check");
  });
});
