// Editors confirm, create and merge sources; every change keeps the cited text and writes revisions.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getFigure } from "@/lib/figures/get-figure";
import { addSource } from "@/lib/sources/add-source";
import { confirmCitations } from "@/lib/sources/confirm-citations";
import { mergeSources } from "@/lib/sources/merge-sources";
import { updateSource } from "@/lib/sources/update-source";
import { makeFigure, makeOutlet, TEST_ACTOR, uniq } from "../factories";
import { logValue } from "../factories/log-value";

const db = getDb();

describe("managing sources", () => {
  it("confirms a cited text as a new source, then merges a duplicate into it", async () => {
    const figure = await makeFigure();
    const [a, b] = [await makeOutlet(), await makeOutlet()];
    const clinic = uniq("the city clinic");
    const first = await logValue(figure.slug, a.id, { citedSources: [clinic] });
    await logValue(figure.slug, b.id, { citedSources: [`${clinic} staff`] });
    expect((await getFigure({ db, slug: figure.slug })).figure.sources.map((s) => s.isResolved)).toEqual([
      false,
      false,
    ]);

    const name = uniq("City clinic");
    const confirmed = await confirmCitations({
      actor: TEST_ACTOR,
      input: { text: clinic },
      newSource: { name, kind: "government", aliases: [clinic] },
    });
    expect(confirmed).toEqual({ source: name, observations: 1 });
    const dup = await addSource({
      actor: TEST_ACTOR,
      input: { name: uniq("Clinic staff"), kind: "other", aliases: `${clinic} staff` },
    });
    // The new alias links the next report logged; the older one is confirmed by hand.
    await confirmCitations({ actor: TEST_ACTOR, input: { text: `${clinic} staff`, sourceId: dup.id } });
    expect((await getFigure({ db, slug: figure.slug })).figure.independentSourceCount).toBe(2);

    const survivor = await db.source.findUniqueOrThrow({ where: { name } });
    const merged = await mergeSources({
      actor: TEST_ACTOR,
      input: { duplicateId: dup.id, survivorId: survivor.id, reason: "one clinic" },
    });
    expect(merged.repointed).toBe(1);
    expect(merged.survivor.aliases).toContain(dup.name);
    const { figure: after } = await getFigure({ db, slug: figure.slug });
    expect(after.sources).toEqual([
      { name, kind: "government", isResolved: true, outlets: [a.name, b.name].sort((x, y) => x.localeCompare(y)) },
    ]);

    const stored = await db.observation.findUniqueOrThrow({ where: { id: first.id }, select: { citedSources: true } });
    expect(stored.citedSources).toEqual([clinic]);
    const revisions = await db.revision.findMany({
      where: { entityType: "citation", entityId: first.id },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(revisions.map((r) => r.action)).toEqual(["create"]);
    expect(await db.revision.count({ where: { entityType: "source", entityId: { in: [dup.id, survivor.id] } } })).toBe(
      4,
    );
  });

  it("refuses a stale edit and a name that exists, naming the field", async () => {
    const s = await addSource({ actor: TEST_ACTOR, input: { name: uniq("Ministry"), kind: "government" } });
    await updateSource({
      actor: TEST_ACTOR,
      input: { id: s.id, version: 1, name: s.name, kind: "government", aliases: "el Ministerio; the ministry" },
    });
    await expect(
      updateSource({ actor: TEST_ACTOR, input: { id: s.id, version: 1, name: s.name, kind: "other" } }),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(
      updateSource({ actor: TEST_ACTOR, input: { id: s.id, version: 2, name: "AFP", kind: "other" } }),
    ).rejects.toMatchObject({
      code: "validation_failed",
      fields: { name: [expect.stringContaining("AFP")] },
    });
    expect((await db.source.findUniqueOrThrow({ where: { id: s.id } })).aliases).toEqual([
      "el Ministerio",
      "the ministry",
    ]);
  });
});
