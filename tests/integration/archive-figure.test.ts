// Archived stories: a finished story's silence is history. Archiving is version-checked and
// writes a revision; it resolves the figure's open stale alerts (with their revisions), the
// staleness check skips it, and new reports raise no alerts while it stays archived.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { archiveFigure } from "@/lib/figures/archive-figure";
import { checkStaleFigures } from "@/lib/monitoring/check-stale-figures";
import { makeFigure, makeOutlet, TEST_ACTOR } from "../factories";
import { logValue } from "../factories/log-value";

const db = getDb();
const LATER = new Date("2026-10-30T00:00:00Z");

describe("archiving a story", () => {
  it("ends its stale alert, keeps it from going stale again, and a report to it raises nothing", async () => {
    const fig = await makeFigure({ kind: "cumulative" });
    const outlet = await makeOutlet();
    await logValue(fig.slug, outlet.id, { qualifier: "exact", value: "50", reportedOn: "2025-10-20" });
    await checkStaleFigures({ db, clock: () => LATER, figureIds: [fig.id] });
    expect(await db.alert.count({ where: { figureId: fig.id, rule: "stale", status: "open" } })).toBe(1);

    const saved = await archiveFigure({
      db,
      actor: TEST_ACTOR,
      input: { id: fig.id, version: 1, archived: "on", note: "The strikes ended." },
      now: LATER,
    });
    expect(saved.archived).toEqual({ at: LATER.toISOString(), note: "The strikes ended." });
    expect(saved.version).toBe(2);
    const stale = await db.alert.findFirstOrThrow({ where: { figureId: fig.id, rule: "stale" } });
    expect(stale.status).toBe("resolved");
    expect(stale.resolveNote).toBe("No longer stale: the story was archived.");
    const revision = await db.revision.findFirstOrThrow({
      where: { entityType: "figure", entityId: fig.id, action: "update" },
      orderBy: { id: "desc" },
    });
    expect(revision.after).toMatchObject({ archived: { note: "The strikes ended." }, version: 2 });

    expect(await checkStaleFigures({ db, clock: () => LATER, figureIds: [fig.id] })).toEqual([]);
    // A lower running total would raise a decrease alert on a followed figure; not on an archived one.
    await logValue(fig.slug, outlet.id, { qualifier: "exact", value: "40", reportedOn: "2025-10-21" });
    expect(await db.alert.count({ where: { figureId: fig.id, status: { not: "resolved" } } })).toBe(0);

    // Followed again: the note goes, and the version check refuses a stale form.
    await expect(
      archiveFigure({ db, actor: TEST_ACTOR, input: { id: fig.id, version: 1, archived: false } }),
    ).rejects.toMatchObject({ code: "conflict" });
    const followed = await archiveFigure({
      db,
      actor: TEST_ACTOR,
      input: { id: fig.id, version: 2, archived: false, note: "ignored" },
    });
    expect(followed.archived).toBeNull();
  }, 120_000); // a busy 2-core machine
});
