// A headline, once made, is kept in figure_headline (migration headline_cache) and read from there
// while it is fresh: same stamp (a new one with every statement that writes the figure's
// observations), unit, monitoring settings and code. These tests mark a kept headline so that it
// shows when it is used, then check that every kind of change makes the next read the headline of
// all of the figure's reports again, never the kept one.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { listFigureHeadlines } from "@/lib/figures/list-figure-headlines";
import { listFigures } from "@/lib/figures/list-figures";
import { retractObservation } from "@/lib/observations/retract-observation";
import { makeFigure, makeOutlet, TEST_ACTOR, uniq } from "../factories";
import { logValue } from "../factories/log-value";

const db = getDb();
const headline = async (figureId: string, locale: "en" | "es" = "en") =>
  (await listFigureHeadlines({ db, figureIds: [figureId], locale })).get(figureId) ?? null;

/** Marks the figure's kept headlines so that a read served from them shows it. */
async function markKept(figureId: string) {
  const n = await db.$executeRaw`
    UPDATE figure_headline SET headline = jsonb_set(headline::jsonb, '{display}', '"kept"')::json WHERE figure_id = ${figureId}::uuid`;
  expect(n).toBeGreaterThan(0);
}

async function twoOutlets() {
  const figure = await makeFigure({ topics: [uniq("topic")] });
  const [a, b] = await Promise.all([makeOutlet(), makeOutlet()]);
  await logValue(figure.slug, a.id, { qualifier: "approximately", value: "100", reportedOn: "2025-10-01" });
  const second = await logValue(figure.slug, b.id, { qualifier: "exact", value: "108", reportedOn: "2025-10-02" });
  return { figure, a, b, second };
}

describe("kept headlines", () => {
  it("are used while the figure is unchanged, in each language, and a logged value makes the next read fresh", async () => {
    const { figure, a } = await twoOutlets();
    const made = await headline(figure.id);
    expect(made?.display).toBe("about 100 people; 108 people");
    const kept = await db.$queryRaw<{ locale: string; fresh: boolean }[]>`
      SELECT h.locale, h.stamp = s.headline_stamp AS fresh
        FROM figure_headline h JOIN figure_summary s ON s.figure_id = h.figure_id WHERE h.figure_id = ${figure.id}::uuid`;
    expect(kept).toEqual([{ locale: "en", fresh: true }]);
    // Read kept, it is the same to the byte (key order too: an answer's ETag is a hash of its bytes).
    expect(JSON.stringify(await headline(figure.id))).toBe(JSON.stringify(made));

    await markKept(figure.id);
    expect((await headline(figure.id))?.display).toBe("kept");
    // The dashboard's card reads the same.
    const card = (await listFigures({ db, query: { topic: figure.topics[0] } })).figures[0];
    expect(card?.headline?.display).toBe("kept");
    // Another language is kept apart.
    expect((await headline(figure.id, "es"))?.display).toMatch(/^alrededor de 100 personas; 108 personas$/);

    await logValue(figure.slug, a.id, { qualifier: "exact", value: "120", reportedOn: "2025-10-03" });
    const after = await headline(figure.id);
    expect(after?.display).toBe("Outlets disagree: 108 to 120 people");
    expect((await headline(figure.id, "es"))?.display).not.toBe("kept");
  });

  it("a retraction, a precision corrected in SQL, a new unit and new monitoring settings each make the next read fresh", async () => {
    const { figure, second } = await twoOutlets();
    await headline(figure.id);

    await markKept(figure.id);
    await retractObservation({
      db,
      actor: TEST_ACTOR,
      input: { id: second.id, version: second.version, reason: "test" },
    });
    expect((await headline(figure.id))?.display).toBe("about 100 people");

    // Reports for October 2024 – September 2025.
    const logForYear = (outletId: string, qualifier: string, value: string, reportedOn: string) =>
      logValue(figure.slug, outletId, {
        qualifier,
        value,
        reportedOn,
        refersStart: "2024-10-01",
        refersEnd: "2025-09-30",
      });
    // An update that changes nothing but a report's precision (no app path does this alone).
    const outlet = await makeOutlet();
    await logForYear(outlet.id, "exact", "7", "2025-10-05");
    expect((await headline(figure.id))?.period).not.toMatch(/fiscal/);
    await markKept(figure.id);
    await db.$executeRaw`UPDATE observation SET refers_precision = 'fiscal_year' WHERE figure_id = ${figure.id}::uuid AND value = 7`;
    expect((await headline(figure.id))?.period).toBe("fiscal year 2025 (Oct 2024–Sep 2025)");

    await markKept(figure.id);
    await db.$executeRaw`UPDATE figure SET unit = 'households' WHERE id = ${figure.id}::uuid`;
    expect((await headline(figure.id))?.display).toBe("7 households");

    // Tolerance: "about 100" and 104 meet at ±10 % but not at ±2 %.
    await logForYear(outlet.id, "approximately", "100", "2025-10-06");
    await logForYear((await makeOutlet()).id, "exact", "104", "2025-10-07");
    expect((await headline(figure.id))?.status).toBe("agree");
    await markKept(figure.id);
    await db.$executeRaw`
      INSERT INTO monitoring_config (figure_id, settings) VALUES (${figure.id}::uuid, '{"disagreement": {"aboutPercent": 2}}')`;
    expect((await headline(figure.id))?.status).toBe("disagree");
  });

  it("a headline kept inside a transaction that rolls back is never read", async () => {
    const { figure, a } = await twoOutlets();
    await headline(figure.id);
    await db
      .$transaction(async (tx) => {
        await tx.$executeRaw`
          INSERT INTO observation (figure_id, outlet_id, qualifier, value, reported_on, cited_sources, quote, logged_by)
          VALUES (${figure.id}::uuid, ${a.id}::uuid, 'exact', 999, '2025-10-09', ARRAY['x'], 'q', 'test')`;
        const inside = (await listFigureHeadlines({ db: tx, figureIds: [figure.id] })).get(figure.id);
        expect(inside?.display).toBe("Outlets disagree: 108 to 999 people");
        throw new Error("roll back");
      })
      .catch((e: Error) => expect(e.message).toBe("roll back"));
    // Another write after it: what the rolled-back transaction kept went with it.
    await logValue(figure.slug, a.id, { qualifier: "exact", value: "108", reportedOn: "2025-10-09" });
    expect((await headline(figure.id))?.display).toBe("108 people (2 outlets agree)");
  });
});
