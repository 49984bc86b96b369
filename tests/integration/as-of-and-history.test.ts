// The as-of view and the history timeline, rebuilt from the append-only revision table.
import { describe, expect, it } from "vitest";
import { TEST_ACTOR } from "../factories";
import { GET as figureJson } from "@/app/api/figures/[slug]/route";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { getFigure } from "@/lib/figures/get-figure";
import { getFigureAsOf } from "@/lib/figures/get-figure-as-of";
import { getFigureHistory } from "@/lib/figures/get-figure-history";
import { retractObservation } from "@/lib/observations/retract-observation";
import { updateObservation } from "@/lib/observations/update-observation";
import { makeFigure, makeOutlet } from "../factories";
import { logValue } from "../factories/log-value";

const db = getDb();

/** The database's own clock, between steps (revisions take their time from it). */
async function dbNow(): Promise<string> {
  await new Promise((r) => setTimeout(r, 15));
  const [{ t }] = await db.$queryRaw<{ t: Date }[]>`SELECT clock_timestamp() AS t`;
  await new Promise((r) => setTimeout(r, 15));
  return t.toISOString();
}

const shown = (d: Awaited<ReturnType<typeof getFigure>>) =>
  d.observations.map((o) => `${o.outlet.name}: ${o.display} (${o.status})`);

describe("getFigureAsOf", () => {
  it("reproduces each past state: before logging, after logging, after an edit, after a retraction", async () => {
    const figure = await makeFigure();
    const afp = await makeOutlet("AFP as-of " + figure.slug);
    const ap = await makeOutlet("AP as-of " + figure.slug);
    const t0 = await dbNow();
    const first = await logValue(figure.slug, afp.id, { value: "43", reportedOn: "2025-10-24" });
    const t1 = await dbNow();
    const second = await logValue(figure.slug, ap.id, { value: "50", reportedOn: "2025-10-25" });
    await updateObservation({
      db,
      actor: TEST_ACTOR,
      input: {
        id: first.id,
        version: 1,
        outletId: afp.id,
        qualifier: "at_least",
        value: "44",
        reportedOn: "2025-10-24",
        citedSources: "AFP tallies",
        quote: first.quote,
      },
    });
    const t2 = await dbNow();
    await retractObservation({
      db,
      actor: TEST_ACTOR,
      input: { id: second.id, version: 1, reason: "Wrong figure: that was injured, not killed." },
    });
    const t3 = await dbNow();

    expect(shown(await getFigureAsOf({ db, slug: figure.slug, asOf: t0 }))).toEqual([]);
    expect(shown(await getFigureAsOf({ db, slug: figure.slug, asOf: t1 }))).toEqual([
      `${afp.name}: at least 43 people (published)`,
    ]);
    expect(shown(await getFigureAsOf({ db, slug: figure.slug, asOf: t2 }))).toEqual([
      `${ap.name}: at least 50 people (published)`,
      `${afp.name}: at least 44 people (published)`,
    ]);
    const then = await getFigureAsOf({ db, slug: figure.slug, asOf: t3 });
    expect(shown(then)).toEqual([
      `${ap.name}: at least 50 people (retracted)`,
      `${afp.name}: at least 44 people (published)`,
    ]);
    // The latest state rebuilt from revisions is exactly what is stored now.
    expect(then.observations).toEqual((await getFigure({ db, slug: figure.slug })).observations);
  });

  it("reads a date as the end of that day, UTC, and refuses a date that is not one", async () => {
    const figure = await makeFigure();
    const outlet = await makeOutlet();
    await logValue(figure.slug, outlet.id);
    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect((await getFigureAsOf({ db, slug: figure.slug, asOf: today })).observations).toHaveLength(1);
    expect((await getFigureAsOf({ db, slug: figure.slug, asOf: yesterday })).observations).toHaveLength(0);
    const err = await getFigureAsOf({ db, slug: figure.slug, asOf: "26/10/2025" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("validation_failed");
  });
});

describe("GET /api/figures/:slug?asOf=", () => {
  it("answers the past state in the same shape, and a 400 in the one error shape for a bad date", async () => {
    const figure = await makeFigure();
    const outlet = await makeOutlet();
    const before = await dbNow();
    await logValue(figure.slug, outlet.id);
    const ctx = { params: Promise.resolve({ slug: figure.slug }) };
    const then = await figureJson(
      new Request(`http://localhost/api/figures/${figure.slug}?asOf=${encodeURIComponent(before)}`),
      ctx,
    );
    expect(then.status).toBe(200);
    expect(await then.json()).toMatchObject({ figure: { slug: figure.slug }, observations: [], events: [] });
    const now = await figureJson(new Request(`http://localhost/api/figures/${figure.slug}`), ctx);
    expect(((await now.json()) as { observations: unknown[] }).observations).toHaveLength(1);
    const bad = await figureJson(new Request(`http://localhost/api/figures/${figure.slug}?asOf=yesterday`), ctx);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe("validation_failed");
  });
});

describe("getFigureHistory", () => {
  it("lists the figure's and its observations' revisions, newest first, with what changed in words", async () => {
    const figure = await makeFigure();
    const outlet = await makeOutlet();
    const obs = await logValue(figure.slug, outlet.id);
    await updateObservation({
      db,
      actor: { id: null, name: "Ana", role: "editor" },
      input: {
        id: obs.id,
        version: 1,
        outletId: outlet.id,
        qualifier: "exact",
        value: "45",
        reportedOn: obs.reportedOn,
        citedSources: "US figures",
        quote: obs.quote,
        reason: "AFP's update",
      },
    });
    const { revisions } = await getFigureHistory({ db, slug: figure.slug });
    expect(revisions.map((r) => [r.entityType, r.action, r.actor])).toEqual([
      ["citation", "update", "Ana"], // the chain changed, so the sources it links to did too
      ["observation", "update", "Ana"],
      ["observation", "create", "test editor"],
      ["figure", "create", "test editor"],
    ]);
    const update = revisions[1]!;
    expect(update.reason).toBe("AFP's update");
    expect(update.changes.map((c) => `${c.label}: ${c.before} → ${c.after}`)).toEqual([
      "Reported value: at least 43 people → 45 people",
      "Cited sources: AFP tallies › US figures → US figures",
    ]);
  });
});
