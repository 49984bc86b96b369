import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getFigure } from "@/lib/figures/get-figure";
import { logObservation } from "@/lib/observations/log-observation";
import { makeFigure, makeOutlet, observationInput, ownEditor, uniq } from "../factories";
import { rejection } from "../factories/rejection";
import { logValue } from "../factories/log-value";

const db = getDb();

async function counts(figureId: string, actorName: string) {
  const [observations, revisions] = await Promise.all([
    db.observation.count({ where: { figureId } }),
    db.revision.count({ where: { actor: actorName } }),
  ]);
  return { observations, revisions };
}

describe("logObservation", () => {
  it("stores the value exactly, with its qualifier and provenance, and writes its revision", async () => {
    const figure = await makeFigure({ unit: "USD", kind: "flow" });
    const outlet = await makeOutlet();
    const saved = await logValue(figure.slug, outlet.id, {
      qualifier: "more_than",
      value: "123456789012345678901234.000000000000000001",
      refersStart: "2024-10-01",
      refersEnd: "2025-09-30",
      refersPrecision: "fiscal_year",
      url: "https://example.org/aid",
    });
    expect(saved.value).toBe("123456789012345678901234.000000000000000001");
    expect(saved.qualifier).toBe("more_than");
    expect(saved.citedSources).toEqual(["AFP tallies", "US figures"]);

    const raw = await db.$queryRaw<
      { v: string }[]
    >`SELECT value::text AS v FROM observation WHERE id = ${saved.id}::uuid`;
    expect(raw[0].v).toBe("123456789012345678901234.000000000000000001");

    const revisions = await db.revision.findMany({ where: { entityId: saved.id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({
      entityType: "observation",
      action: "create",
      actor: "test editor",
      before: null,
    });
    expect((revisions[0].after as { value: string }).value).toBe(saved.value);

    const detail = await getFigure({ db, slug: figure.slug });
    expect(detail.observations.map((o) => o.display)).toEqual([
      "more than $123,456,789,012,345,678,901,234.000000000000000001",
    ]);
  });

  it("accepts a one-sided range and keeps low and high exact", async () => {
    const figure = await makeFigure();
    const outlet = await makeOutlet();
    const saved = await logValue(figure.slug, outlet.id, { qualifier: "range", value: "", low: "12", high: "15.50" });
    expect([saved.value, saved.low, saved.high, saved.display]).toEqual([
      null,
      "12",
      "15.5",
      "between 12 and 15.5 people",
    ]);
  });

  it("creates a new outlet inline, with a revision, in the same transaction", async () => {
    const figure = await makeFigure();
    const name = uniq("Agence");
    const saved = await logValue(figure.slug, "", {
      outletId: undefined,
      newOutlet: { name, kind: "wire_agency", domain: "AFP.com" },
    });
    expect(saved.outlet.name).toBe(name);
    const outlet = await db.outlet.findUniqueOrThrow({ where: { name } });
    expect(outlet.domains).toEqual(["afp.com"]);
    expect(await db.revision.count({ where: { entityType: "outlet", entityId: outlet.id } })).toBe(1);
  });

  it.each([
    ["no value", { value: "" }, "value", "Enter the reported number."],
    [
      "words in the value",
      { value: "43 people" },
      "value",
      "Enter a plain number like 43, 253,000 or 1.5 (no units or words).",
    ],
    ["a bad date", { reportedOn: "24/10/2025" }, "reportedOn", "Enter a date as YYYY-MM-DD."],
    [
      "no cited source",
      { citedSources: "" },
      "citedSources",
      "Say whose number it is (e.g. “US figures”, or the outlet itself).",
    ],
    ["a link that is not one", { url: "not a url" }, "url", "Enter the article's full link, starting with https://."],
    [
      "a period that ends before it starts",
      { refersStart: "2025-10-01", refersEnd: "2025-09-01" },
      "refersEnd",
      "The period cannot end before it starts.",
    ],
    [
      "a range upside down",
      { qualifier: "range", value: "", low: "15", high: "12" },
      "high",
      "The high end must not be below the low end.",
    ],
    [
      "a range with a value",
      { qualifier: "range", value: "3", low: "1" },
      "value",
      "A range has a low and/or a high, not a single value.",
    ],
    ["no outlet", { outletId: "" }, "outletId", "Pick an outlet, or add a new one."],
    [
      "an unknown qualifier",
      { qualifier: "roughly" },
      "qualifier",
      "Choose how the number was qualified (exact, at least, …).",
    ],
  ])("rejects %s with a field error and writes nothing", async (_, override, field, message) => {
    const figure = await makeFigure();
    const outlet = await makeOutlet();
    const actor = ownEditor();
    const before = await counts(figure.id, actor.name);
    const err = await rejection(
      logObservation({ actor, input: observationInput(figure.slug, outlet.id, override as Record<string, unknown>) }),
    );
    expect(err.code).toBe("validation_failed");
    expect(err.status).toBe(400);
    expect(err.fields?.[field]).toContain(message);
    expect(err.message).toContain(field);
    expect(await counts(figure.id, actor.name)).toEqual(before);
  });

  it("rolls everything back when the new outlet's name is taken: no outlet, no observation, no revision", async () => {
    const figure = await makeFigure();
    const existing = await makeOutlet();
    const actor = ownEditor();
    const before = await counts(figure.id, actor.name);
    const err = await rejection(
      logObservation({
        actor,
        input: observationInput(figure.slug, "", {
          outletId: undefined,
          newOutlet: { name: existing.name.toUpperCase() },
        }),
      }),
    );
    expect(err.fields?.["newOutlet.name"]?.[0]).toContain("is already in the list");
    expect(await counts(figure.id, actor.name)).toEqual(before);
    expect(await db.outlet.count({ where: { name: { equals: existing.name, mode: "insensitive" } } })).toBe(1);
  });

  it("answers not_found for a figure that does not exist", async () => {
    const outlet = await makeOutlet();
    const err = await rejection(logValue("no-such-figure", outlet.id));
    expect([err.code, err.status]).toEqual(["not_found", 404]);
  });
});
