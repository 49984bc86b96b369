// Warnings before saving (likely duplicate, unit mismatch, cumulative going down) and saving
// several values from one article in one transaction.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { localizeError } from "@/lib/i18n/localize-error";
import { findLogWarnings } from "@/lib/observations/find-log-warnings";
import { logObservations } from "@/lib/observations/log-observations";
import { makeFigure, makeOutlet, observationInput, ownEditor, TEST_ACTOR, uniq } from "../factories";
import { logValue } from "../factories/log-value";

const db = getDb();
const codes = async (input: unknown) => (await findLogWarnings({ db, input })).map((w) => w.code);

describe("findLogWarnings", () => {
  it("warns of a likely duplicate: same figure, outlet, value and period within 7 days", async () => {
    const figure = await makeFigure({ kind: "level" });
    const outlet = await makeOutlet();
    const base = { reportedOn: "2025-10-25", refersEnd: "2025-10-24" };
    await logValue(figure.slug, outlet.id, base);

    const warnings = await findLogWarnings({
      db,
      input: observationInput(figure.slug, outlet.id, { ...base, reportedOn: "2025-11-01" }),
    });
    expect(warnings).toEqual([
      {
        code: "likely_duplicate",
        message: `${outlet.name} already has this value for the same period, reported Oct 25, 2025.`,
      },
    ]);
    // Eight days later, another value, another period or another outlet: no warning.
    expect(await codes(observationInput(figure.slug, outlet.id, { ...base, reportedOn: "2025-11-02" }))).toEqual([]);
    expect(
      await codes(observationInput(figure.slug, outlet.id, { ...base, value: "44", quote: "At least 44 people." })),
    ).toEqual([]);
    expect(await codes(observationInput(figure.slug, outlet.id, { ...base, refersEnd: "2025-10-25" }))).toEqual([]);
    expect(await codes(observationInput(figure.slug, (await makeOutlet()).id, base))).toEqual([]);
  });

  it("warns when the sentence's unit is not the figure's", async () => {
    const figure = await makeFigure({ unit: "hectares", kind: "level" });
    const outlet = await makeOutlet();
    const input = observationInput(figure.slug, outlet.id, {
      qualifier: "exact",
      value: "14",
      quote: "Police seized 14 tons of cocaine.",
    });
    expect(await findLogWarnings({ db, input })).toEqual([
      { code: "unit_mismatch", message: "The sentence says “14 tons”, but this figure counts hectares." },
    ]);
    const same = observationInput(figure.slug, outlet.id, {
      qualifier: "exact",
      value: "253000",
      quote: "Coca covered a record 253,000 hectares.",
    });
    expect(await codes(same)).toEqual([]);
  });

  it("warns when a cumulative figure is lower than the outlet's previous report", async () => {
    const figure = await makeFigure({ kind: "cumulative" });
    const outlet = await makeOutlet();
    await logValue(figure.slug, outlet.id, { reportedOn: "2025-10-20" });
    const lower = observationInput(figure.slug, outlet.id, {
      qualifier: "exact",
      value: "37",
      quote: "37 people have died.",
      reportedOn: "2025-10-28",
    });
    expect(await findLogWarnings({ db, input: lower })).toEqual([
      {
        code: "lower_than_previous",
        message: `This running total is lower than ${outlet.name}'s previous report (at least 43 people, Oct 20, 2025).`,
      },
    ]);
    expect(await codes({ ...lower, value: "50", quote: "50 people have died." })).toEqual([]);
    // Not cumulative: going down is normal.
    const level = await makeFigure({ kind: "level" });
    await logValue(level.slug, outlet.id, { reportedOn: "2025-10-20" });
    expect(await codes({ ...lower, figureSlug: level.slug })).toEqual([]);
  });

  it("rejects bad input with field errors, like saving would", async () => {
    const figure = await makeFigure();
    const err = await findLogWarnings({
      db,
      input: observationInput(figure.slug, (await makeOutlet()).id, { value: "forty" }),
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).fields?.value).toBeDefined();
  });
});

describe("logObservations", () => {
  it("saves a new figure, a new outlet shared by two values and both values in one go, each with its revision", async () => {
    const existing = await makeFigure({ unit: "USD", kind: "flow" });
    const slug = uniq("fig");
    const outletName = uniq("Article Wire");
    const actor = ownEditor();
    const shared = {
      newOutlet: { name: outletName, kind: "newspaper" },
      reportedOn: "2025-10-25",
      citedSources: ["AP"],
      url: "https://example.org/a",
    };
    const saved = await logObservations({
      db,
      actor,
      newFigures: [{ slug, title: "Vessels destroyed", unit: "vessels", kind: "cumulative" }],
      inputs: [
        { ...shared, figureSlug: existing.slug, qualifier: "exact", value: "230000000", quote: "$230 million in aid." },
        { ...shared, figureSlug: slug, qualifier: "exact", value: "10", quote: "The US destroyed 10 vessels." },
      ],
    });
    expect(saved.map((o) => [o.value, o.qualifier])).toEqual([
      ["230000000", "exact"],
      ["10", "exact"],
    ]);
    expect((await db.figure.findUniqueOrThrow({ where: { slug }, select: { unit: true } })).unit).toBe("vessels");
    expect(new Set(saved.map((o) => o.outlet.name))).toEqual(new Set([outletName]));
    // figure + outlet + two observations
    const revisions = await db.revision.findMany({ where: { actor: actor.name }, select: { entityType: true } });
    expect(revisions.map((r) => r.entityType).sort()).toEqual(["figure", "observation", "observation", "outlet"]);
  });

  it("saves nothing when one value is bad, and names which one", async () => {
    const figure = await makeFigure();
    const outlet = await makeOutlet();
    const before = await db.observation.count({ where: { figureId: figure.id } });
    const err = (await logObservations({
      db,
      actor: TEST_ACTOR,
      inputs: [observationInput(figure.slug, outlet.id), observationInput(figure.slug, outlet.id, { value: "" })],
    }).catch((e: unknown) => e)) as AppError;
    expect(err).toBeInstanceOf(AppError);
    expect(err.fields).toEqual({ "1.value": ["Enter the reported number."] });
    expect(await db.observation.count({ where: { figureId: figure.id } })).toBe(before);
  });

  it("names each bad value by how the page shows it, and each field, in the message", async () => {
    const figure = await makeFigure();
    const outlet = await makeOutlet();
    const err = (await logObservations({
      db,
      actor: TEST_ACTOR,
      inputs: [
        observationInput(figure.slug, outlet.id),
        observationInput("", outlet.id),
        observationInput(figure.slug, outlet.id, { citedSources: "" }),
      ],
      labels: [
        { n: 1, text: "43 people" },
        { n: 3, text: "$180 million" },
        { n: 4, text: "12 drones" },
      ],
    }).catch((e: unknown) => e)) as AppError;
    expect(err.message).toBe(
      "2 values need fixing: number 3 (“$180 million”): figure — Choose a figure. · " +
        "number 4 (“12 drones”): cited source — Say whose number it is (e.g. “US figures”, or the outlet itself).",
    );
    expect(Object.keys(err.fields ?? {})).toEqual(["1.figureSlug", "2.citedSources"]);
    // The same message for a Spanish desk: its labels, field names and field messages in Spanish.
    expect(localizeError(err, "es").message).toBe(
      "2 valores necesitan corrección: número 3 (“$180 million”): cifra — Elija una cifra. · " +
        "número 4 (“12 drones”): fuente citada — Diga de quién es el número (p. ej., “cifras de EE. UU.” o el propio medio).",
    );
  });

  it("rolls back the values already written when a later one fails inside the transaction", async () => {
    const figure = await makeFigure();
    const outlet = await makeOutlet();
    const before = await db.observation.count({ where: { figureId: figure.id } });
    const err = await logObservations({
      db,
      actor: TEST_ACTOR,
      inputs: [observationInput(figure.slug, outlet.id), observationInput(uniq("no-such-figure"), outlet.id)],
    }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "not_found" });
    expect(await db.observation.count({ where: { figureId: figure.id } })).toBe(before);
  });

  it("refuses an empty batch", async () => {
    await expect(logObservations({ db, actor: TEST_ACTOR, inputs: [] })).rejects.toMatchObject({
      code: "validation_failed",
    });
  });
});
