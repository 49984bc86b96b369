// Managing figures, outlets and events: version-checked edits with revisions, and merging two
// duplicate outlets without deleting anything.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { saveEvent } from "@/lib/events/save-event";
import { getFigure } from "@/lib/figures/get-figure";
import { updateFigure } from "@/lib/figures/update-figure";
import { listOutlets } from "@/lib/outlets/list-outlets";
import { mergeOutlets } from "@/lib/outlets/merge-outlets";
import { updateOutlet } from "@/lib/outlets/update-outlet";
import { makeFigure, makeOutlet, TEST_ACTOR, uniq } from "../factories";
import { rejection } from "../factories/rejection";
import { logValue } from "../factories/log-value";

const db = getDb();

describe("mergeOutlets", () => {
  it("repoints every observation to the survivor, keeps the duplicate marked merged, and writes a revision for each", async () => {
    const [f1, f2] = [await makeFigure(), await makeFigure()];
    const survivor = await makeOutlet(uniq("Associated Press"));
    const duplicate = await makeOutlet(uniq("AP"));
    const a = await logValue(f1.slug, duplicate.id);
    const b = await logValue(f2.slug, duplicate.id, { value: "50" });
    const c = await logValue(f1.slug, survivor.id, { value: "44" });

    const result = await mergeOutlets({
      db,
      actor: TEST_ACTOR,
      input: { duplicateId: duplicate.id, survivorId: survivor.id, reason: "Same agency, two spellings." },
    });
    expect(result.repointed).toBe(2);

    expect((await getFigure({ db, slug: f1.slug })).observations.map((o) => [o.id, o.outlet.name]).sort()).toEqual(
      [
        [a.id, survivor.name],
        [c.id, survivor.name],
      ].sort(),
    );
    expect((await getFigure({ db, slug: f2.slug })).observations.map((o) => o.outlet.name)).toEqual([survivor.name]);

    const kept = await db.outlet.findUniqueOrThrow({ where: { id: duplicate.id } });
    expect(kept.mergedIntoId).toBe(survivor.id);
    const picker = await listOutlets({ db });
    expect(picker.map((o) => o.id)).toContain(survivor.id);
    expect(picker.map((o) => o.id)).not.toContain(duplicate.id);

    const merges = await db.revision.findMany({
      where: { action: "merge", entityId: { in: [a.id, b.id, c.id, survivor.id, duplicate.id] } },
    });
    expect(merges.map((r) => r.entityId).sort()).toEqual([a.id, b.id, survivor.id, duplicate.id].sort());
    expect(new Set(merges.map((r) => r.reason))).toEqual(new Set(["Same agency, two spellings."]));
    const repointed = merges.find((r) => r.entityId === a.id)!;
    expect([
      (repointed.before as { outlet: { name: string } }).outlet.name,
      (repointed.after as { outlet: { name: string } }).outlet.name,
    ]).toEqual([duplicate.name, survivor.name]);

    const again = await rejection(
      mergeOutlets({
        db,
        actor: TEST_ACTOR,
        input: { duplicateId: duplicate.id, survivorId: survivor.id, reason: "again" },
      }),
    );
    expect(again.code).toBe("conflict");
    const same = await rejection(
      mergeOutlets({
        db,
        actor: TEST_ACTOR,
        input: { duplicateId: survivor.id, survivorId: survivor.id, reason: "oops" },
      }),
    );
    expect(same.fields?.survivorId).toEqual(["Pick two different outlets."]);
  });
});

describe("version-checked management edits", () => {
  it("updateFigure saves once, refuses the stale second save, and records before and after", async () => {
    const figure = await makeFigure({ title: "Old title", topics: ["a"] });
    const input = {
      id: figure.id,
      version: 1,
      title: "New title",
      description: "",
      unit: "people",
      kind: "cumulative",
      topics: "a, b",
    };
    const saved = await updateFigure({ db, actor: TEST_ACTOR, input });
    expect([saved.title, saved.topics, saved.version]).toEqual(["New title", ["a", "b"], 2]);
    const stale = await rejection(updateFigure({ db, actor: TEST_ACTOR, input: { ...input, title: "Other title" } }));
    expect([stale.code, stale.status]).toEqual(["conflict", 409]);
    expect((await getFigure({ db, slug: figure.slug })).figure.title).toBe("New title");
    const revisions = await db.revision.findMany({ where: { entityId: figure.id }, orderBy: { id: "asc" } });
    expect(revisions.map((r) => r.action)).toEqual(["create", "update"]);
    expect((revisions[1].before as { title: string }).title).toBe("Old title");
  });

  it("updateOutlet refuses a name another outlet has, and a stale version", async () => {
    const taken = await makeOutlet();
    const outlet = await makeOutlet();
    const clash = await rejection(
      updateOutlet({
        db,
        actor: TEST_ACTOR,
        input: { id: outlet.id, version: 1, name: taken.name.toUpperCase(), kind: "newspaper", domains: "" },
      }),
    );
    expect(clash.fields?.name?.[0]).toMatch(/merge the two instead/);
    const saved = await updateOutlet({
      db,
      actor: TEST_ACTOR,
      input: {
        id: outlet.id,
        version: 1,
        name: `${outlet.name} Daily`,
        kind: "newspaper",
        domains: "daily.example, www.daily.example",
      },
    });
    expect(saved.domains).toEqual(["daily.example", "www.daily.example"]);
    const stale = await rejection(
      updateOutlet({
        db,
        actor: TEST_ACTOR,
        input: { id: outlet.id, version: 1, name: "x y", kind: "other", domains: "" },
      }),
    );
    expect(stale.code).toBe("conflict");
  });

  it("saveEvent creates and edits an event with revisions, version-checked", async () => {
    const title = uniq("Treasury sanctions");
    const created = await saveEvent({
      db,
      actor: TEST_ACTOR,
      input: { id: "", date: "2025-10-24", title, url: "", description: "", topic: "colombia" },
    });
    expect(created).toMatchObject({ title, date: "2025-10-24", url: null, topic: "colombia", version: 1 });
    const edited = await saveEvent({
      db,
      actor: TEST_ACTOR,
      input: {
        id: created.id,
        version: 1,
        date: "2025-10-25",
        title,
        url: "https://example.org/e",
        description: "Moved a day",
        topic: "",
      },
    });
    expect(edited).toMatchObject({ date: "2025-10-25", url: "https://example.org/e", topic: null, version: 2 });
    const stale = await rejection(
      saveEvent({
        db,
        actor: TEST_ACTOR,
        input: { id: created.id, version: 1, date: "2025-10-26", title, description: "" },
      }),
    );
    expect(stale.code).toBe("conflict");
    const revisions = await db.revision.findMany({ where: { entityId: created.id }, orderBy: { id: "asc" } });
    expect(revisions.map((r) => r.action)).toEqual(["create", "update"]);
  });
});
