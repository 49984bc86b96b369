// Corrections, retractions and checks: what they promise to the desk.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { getFigure } from "@/lib/figures/get-figure";
import { checkObservation } from "@/lib/observations/check-observation";
import { checkObservations } from "@/lib/observations/check-observations";
import { listReviewQueue } from "@/lib/observations/list-review-queue";
import { logObservation } from "@/lib/observations/log-observation";
import type { ObservationDto } from "@/lib/observations/observation-dto";
import { retractObservation } from "@/lib/observations/retract-observation";
import { StaleEditError } from "@/lib/observations/stale-edit-error";
import { updateObservation } from "@/lib/observations/update-observation";
import { makeFigure, makeOutlet, observationInput } from "../factories";
import { rejection } from "../factories/rejection";
import { makeUser } from "../factories/users";

const db = getDb();

const makeEditor = async (name: string): Promise<Actor> => (await makeUser({ role: "editor", name })).actor;

async function logged(actor: Actor) {
  const figure = await makeFigure();
  const outlet = await makeOutlet();
  const obs = await logObservation({ db, actor, input: observationInput(figure.slug, outlet.id) });
  return { figure, outlet, obs };
}

/** Ana logs a value; Ben is the second editor. */
async function anaLoggedBenNext() {
  const ana = await makeEditor("Ana");
  const ben = await makeEditor("Ben");
  return { ana, ben, ...(await logged(ana)) };
}

/** The edit form's fields for an observation, with some changed. */
function editOf(o: ObservationDto, changes: Record<string, unknown>) {
  return {
    id: o.id,
    version: o.version,
    outletId: o.outlet.id,
    qualifier: o.qualifier,
    value: o.value ?? "",
    low: o.low ?? "",
    high: o.high ?? "",
    reportedOn: o.reportedOn,
    citedSources: o.citedSources.join(" > "),
    quote: o.quote,
    ...changes,
  };
}

/** `actor` saves the edit form of `from` with `changes`. */
const edit = (actor: Actor, from: ObservationDto, changes: Record<string, unknown>) =>
  updateObservation({ db, actor, input: editOf(from, changes) });

const revisionsOf = (id: string) => db.revision.findMany({ where: { entityId: id }, orderBy: { id: "asc" } });

describe("updateObservation", () => {
  it("of two concurrent edits from the same version, exactly one wins; the other gets a 409 with the stored value and writes nothing", async () => {
    const { ana, ben, obs } = await anaLoggedBenNext();

    const results = await Promise.allSettled([
      edit(ana, obs, { value: "44", reason: "AFP updated" }),
      edit(ben, obs, { value: "45", reason: "AP says 45" }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);

    const winner = (won[0] as PromiseFulfilledResult<ObservationDto>).value;
    const err = (lost[0] as PromiseRejectedResult).reason;
    expect(err).toBeInstanceOf(StaleEditError);
    expect((err as StaleEditError).status).toBe(409);
    // The loser sees exactly what is stored now: the winner's value.
    expect((err as StaleEditError).current).toMatchObject({ value: winner.value, version: 2 });

    const stored = await db.observation.findUniqueOrThrow({ where: { id: obs.id } });
    expect(stored.version).toBe(2);
    expect(stored.value?.toFixed()).toBe(winner.value);

    const revisions = await revisionsOf(obs.id);
    expect(revisions.map((r) => r.action)).toEqual(["create", "update"]);
    const update = revisions[1];
    const winnerActor = winner.value === "44" ? ana : ben;
    expect(update).toMatchObject({
      actor: winnerActor.name,
      actorId: winnerActor.id,
      reason: winner.value === "44" ? "AFP updated" : "AP says 45",
    });
    expect(update.before).toMatchObject({ value: "43", version: 1 });
    expect(update.after).toMatchObject({ value: winner.value, version: 2, display: `at least ${winner.value} people` });
  });

  it("a later save from an older version that changed other fields merges onto the new version", async () => {
    const ana = await makeEditor("Ana");
    const { obs } = await logged(ana);
    await edit(ana, obs, { value: "44" });
    const merged = await edit(ana, obs, { quote: "A different quote entirely." });
    expect([merged.value, merged.quote, merged.version]).toEqual(["44", "A different quote entirely.", 3]);
  });

  it("the 62 → 61 case: B only added a note, so B's save keeps A's 61 and adds the note", async () => {
    const { ana, ben, obs } = await anaLoggedBenNext();
    const at62 = await edit(ana, obs, { value: "62", quote: "At least 62 people died." });
    // Both open version 2 (62). A corrects the value with a reason; B, unaware, only adds a note.
    await edit(ana, at62, { value: "61", reason: "the article says 61" });
    const bens = await edit(ben, at62, { note: "Confirmed by phone.", reason: "note" });
    expect([bens.value, bens.note, bens.version]).toEqual(["61", "Confirmed by phone.", 4]);
    const last = (await revisionsOf(obs.id)).at(-1)!;
    expect([last.actor, last.reason]).toEqual(["Ben", "note (merged onto version 3)"]);
    expect(last.before).toMatchObject({ value: "61", note: null });
    expect(last.after).toMatchObject({ value: "61", note: "Confirmed by phone." });
  });

  it("when both changed the value, B's save is a 409 naming it, with both reasons, and keeps A's 61 by default", async () => {
    const { ana, ben, obs } = await anaLoggedBenNext();
    const at62 = await edit(ana, obs, { value: "62" });
    await edit(ana, at62, { value: "61", reason: "the article says 61" });
    const err = await rejection(edit(ben, at62, { value: "63", note: "AP", reason: "AP says 63" }));
    expect(err).toBeInstanceOf(StaleEditError);
    const merge = (err as StaleEditError).merge!;
    expect(merge.conflicts).toEqual(["value"]);
    expect(merge.base.version).toBe(2);
    expect(merge.merged).toMatchObject({ value: "61", note: "AP" });
    expect(merge.theirEdits).toEqual([expect.objectContaining({ by: "Ana", reason: "the article says 61" })]);
    // Nothing of Ben's was written.
    const stored = await db.observation.findUniqueOrThrow({ where: { id: obs.id } });
    expect([stored.value?.toFixed(), stored.note, stored.version]).toEqual(["61", null, 3]);

    // Ben chooses his own value explicitly: a save against version 3.
    const current = (err as StaleEditError).current;
    const chosen = await edit(ben, current, { value: "63", note: "AP", reason: "AP says 63" });
    expect([chosen.value, chosen.note, chosen.version]).toEqual(["63", "AP", 4]);
  });

  it("starts the check over, and refuses a bad field with its name and no write", async () => {
    const { ana, ben, obs } = await anaLoggedBenNext();
    const checked = await checkObservation({
      db,
      actor: ben,
      input: { id: obs.id, version: obs.version, decision: "checked" },
    });
    expect(checked.checkStatus).toBe("checked");

    const edited = await edit(ana, checked, { value: "50" });
    expect([edited.checkStatus, edited.checkedBy, edited.checkedAt]).toEqual(["unchecked", null, null]);

    const bad = await rejection(edit(ana, edited, { qualifier: "range", value: "7", low: "", high: "" }));
    expect(bad.code).toBe("validation_failed");
    expect(Object.keys(bad.fields ?? {})).toEqual(expect.arrayContaining(["value", "low"]));
    expect((await revisionsOf(obs.id)).map((r) => r.action)).toEqual(["create", "check", "update"]);
  });
});

describe("retractObservation", () => {
  it("keeps the value, marks it retracted with the reason, writes one revision, and takes it off the chart", async () => {
    const ana = await makeEditor("Ana");
    const { figure, obs } = await logged(ana);
    const noReason = await rejection(
      retractObservation({ db, actor: ana, input: { id: obs.id, version: 1, reason: " " } }),
    );
    expect(noReason.fields?.reason?.[0]).toMatch(/Say why/);

    const retracted = await retractObservation({
      db,
      actor: ana,
      input: { id: obs.id, version: 1, reason: "The outlet corrected its story." },
    });
    expect([retracted.status, retracted.statusReason, retracted.version]).toEqual([
      "retracted",
      "The outlet corrected its story.",
      2,
    ]);

    const detail = await getFigure({ db, slug: figure.slug });
    expect(detail.observations.map((o) => [o.id, o.status])).toEqual([[obs.id, "retracted"]]);
    const revisions = await revisionsOf(obs.id);
    expect(revisions.map((r) => [r.action, r.reason])).toEqual([
      ["create", null],
      ["retract", "The outlet corrected its story."],
    ]);

    const stale = await rejection(
      retractObservation({ db, actor: ana, input: { id: obs.id, version: 1, reason: "again" } }),
    );
    expect(stale.code).toBe("conflict");
  });
});

describe("checkObservation", () => {
  it("refuses the editor who logged the value, with a clear message and no write", async () => {
    const ana = await makeEditor("Ana");
    const { obs } = await logged(ana);
    const err = await rejection(
      checkObservation({ db, actor: ana, input: { id: obs.id, version: 1, decision: "checked" } }),
    );
    expect([err.code, err.status, err.message]).toEqual([
      "forbidden",
      403,
      "You logged this value, so another editor has to check it.",
    ]);
    const stored = await db.observation.findUniqueOrThrow({ where: { id: obs.id } });
    expect(stored.checkStatus).toBe("unchecked");
    expect((await revisionsOf(obs.id)).map((r) => r.action)).toEqual(["create"]);
  });

  it("lets another editor check it, or send it back with a comment (required)", async () => {
    const { ana, ben, obs } = await anaLoggedBenNext();

    const noComment = await rejection(
      checkObservation({ db, actor: ben, input: { id: obs.id, version: 1, decision: "returned" } }),
    );
    expect(noComment.fields?.comment?.[0]).toMatch(/what needs fixing/);

    const returned = await checkObservation({
      db,
      actor: ben,
      input: { id: obs.id, version: 1, decision: "returned", comment: "The quote says 34, not 43." },
    });
    expect(returned).toMatchObject({
      checkStatus: "returned",
      checkedBy: "Ben",
      checkComment: "The quote says 34, not 43.",
      version: 1,
    });

    const checked = await checkObservation({ db, actor: ben, input: { id: obs.id, version: 1, decision: "checked" } });
    expect(checked).toMatchObject({ checkStatus: "checked", checkedBy: "Ben", checkComment: null });
    const stored = await db.observation.findUniqueOrThrow({ where: { id: obs.id } });
    expect(stored.checkedById).toBe(ben.id);

    const revisions = await revisionsOf(obs.id);
    expect(revisions.map((r) => [r.action, r.actorId, r.reason])).toEqual([
      ["create", ana.id, null],
      ["return", ben.id, "The quote says 34, not 43."],
      ["check", ben.id, null],
    ]);
  });

  it("will not check a version the checker has not seen", async () => {
    const { ana, ben, obs } = await anaLoggedBenNext();
    await edit(ana, obs, { value: "47" });
    const err = await rejection(
      checkObservation({ db, actor: ben, input: { id: obs.id, version: 1, decision: "checked" } }),
    );
    expect(err.code).toBe("conflict");
    expect((err as StaleEditError).current.value).toBe("47");
  });
});

describe("the review queue", () => {
  it("filters by figure, topic, logger and age", async () => {
    const ana = await makeEditor(`Ana ${Date.now()}`);
    const ben = await makeEditor(`Ben ${Date.now()}`);
    const topic = `topic-${Date.now()}`;
    const figure = await makeFigure({ topics: [topic] });
    const other = await makeFigure();
    const outlet = await makeOutlet();
    const a = await logObservation({ db, actor: ana, input: observationInput(figure.slug, outlet.id) });
    const b = await logObservation({ db, actor: ben, input: observationInput(figure.slug, outlet.id) });
    await logObservation({ db, actor: ana, input: observationInput(other.slug, outlet.id) });
    await db.observation.update({ where: { id: a.id }, data: { loggedAt: new Date(Date.now() - 10 * 86_400_000) } });

    const ids = async (filters: Record<string, string>) =>
      (await listReviewQueue({ filters })).items.map((i) => i.observation.id);
    expect(await ids({ figure: figure.slug })).toEqual([a.id, b.id]);
    expect(await ids({ topic })).toEqual([a.id, b.id]);
    expect(await ids({ figure: figure.slug, loggedBy: ben.name })).toEqual([b.id]);
    expect(await ids({ figure: figure.slug, age: "7" })).toEqual([a.id]);
    const queue = await listReviewQueue({ filters: { topic } });
    expect(queue.total).toBe(2);
    expect(queue.options.topics).toContain(topic);
    expect(queue.options.loggers).toEqual(expect.arrayContaining([ana.name, ben.name]));
    const bad = await rejection(listReviewQueue({ filters: { age: "3" } }));
    expect(bad.fields?.age?.[0]).toMatch(/1, 7 or 30/);
  });

  it("bulk check: one reason for all, in one go; one own value among them refuses the whole batch", async () => {
    const ana = await makeEditor("Ana");
    const ben = await makeEditor("Ben");
    const figure = await makeFigure();
    const outlet = await makeOutlet();
    const [x, y] = [
      await logObservation({ db, actor: ana, input: observationInput(figure.slug, outlet.id) }),
      await logObservation({
        db,
        actor: ana,
        input: observationInput(figure.slug, outlet.id, { value: "44", quote: "At least 44 people." }),
      }),
    ];
    const own = await logObservation({ db, actor: ben, input: observationInput(figure.slug, outlet.id) });
    const items = (os: ObservationDto[]) => os.map((o) => ({ id: o.id, version: o.version }));

    const refused = await rejection(
      checkObservations({ db, actor: ben, input: { items: items([x, y, own]), reason: "Import read by the desk" } }),
    );
    expect([refused.code, refused.message]).toEqual([
      "forbidden",
      "You logged this value, so another editor has to check it. (value 3 of 3) Nothing was checked.",
    ]);
    expect((await revisionsOf(x.id)).map((r) => r.action)).toEqual(["create"]);
    const noReason = await rejection(
      checkObservations({ db, actor: ben, input: { items: items([x, y]), reason: "" } }),
    );
    expect(noReason.fields?.reason?.[0]).toMatch(/Say why/);

    const checked = await checkObservations({
      db,
      actor: ben,
      input: { items: items([x, y]), reason: "Import read by the desk" },
    });
    expect(checked.map((o) => [o.checkStatus, o.checkedBy, o.checkComment])).toEqual([
      ["checked", "Ben", "Import read by the desk"],
      ["checked", "Ben", "Import read by the desk"],
    ]);
    expect((await revisionsOf(y.id)).map((r) => [r.action, r.reason])).toEqual([
      ["create", null],
      ["check", "Import read by the desk"],
    ]);
  });
});
