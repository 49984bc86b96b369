// The dashboard's SQL, the figure chart's server-side downsampling, and live notices, against
// the real PostgreSQL.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getFigureChart } from "@/lib/figures/get-figure-chart";
import { listFigureObservations } from "@/lib/figures/list-figure-observations";
import { listFigures } from "@/lib/figures/list-figures";
import type { LiveChange } from "@/lib/live/publish-change";
import { subscribeChanges } from "@/lib/live/subscribe-changes";
import { makeFigure, makeOutlet, uniq } from "../factories";
import { logValue } from "../factories/log-value";

const db = getDb();
async function contested() {
  const topic = uniq("topic");
  const word = uniq("zebrafinch").replace("-", "");
  const figure = await makeFigure({ topics: [topic] });
  const [a, b, c] = await Promise.all([makeOutlet(), makeOutlet(), makeOutlet(uniq("Quokka Herald"))]);
  await logValue(figure.slug, a.id, { qualifier: "exact", value: "17", reportedOn: "2025-10-01" });
  await logValue(figure.slug, b.id, { qualifier: "at_least", value: "37", reportedOn: "2025-10-10" });
  await logValue(figure.slug, c.id, {
    qualifier: "at_least",
    value: "43",
    reportedOn: "2025-10-20",
    quote: `The ${word} count reached at least 43 people.`,
  });
  const newest = await logValue(figure.slug, a.id, { qualifier: "exact", value: "50", reportedOn: "2025-10-24" });
  return { figure, topic, word, outlets: { a, b, c }, newest };
}

describe("listFigures (dashboard SQL)", () => {
  it("gives the headline made of each outlet's latest report, counts and badges", async () => {
    const { figure, topic, newest, outlets } = await contested();
    const { figures, total, topics } = await listFigures({
      db,
      query: { topic },
      now: new Date("2025-10-30T00:00:00Z"),
    });
    expect(total).toBe(1);
    expect(topics).toContain(topic);
    const card = figures[0];
    expect(card.slug).toBe(figure.slug);
    // No report gives a period, so the undated ones make the headline. Latest per outlet: 50
    // (a's newer report replaces its 17), at least 37, at least 43: all three hold at 50.
    expect(card.headline).toMatchObject({
      status: "agree",
      display: "50 people",
      period: null,
      outletCount: 3,
      median: null,
    });
    // Before a's 50, 17 and "at least 43" disagreed: no agreed value to have been revised from.
    expect(card.headline?.change).toBeNull();
    expect(card.latest?.id).toBe(newest.id);
    expect(card).toMatchObject({
      outletCount: 3,
      observationCount: 4,
      lastReportedOn: "2025-10-24",
      isDisagreeing: false,
      isStale: false,
    });
    expect(card.sparkline.map((p) => p.y)).toEqual([17, 37, 43, 50]);

    await logValue(figure.slug, outlets.b.id, { qualifier: "exact", value: "20", reportedOn: "2025-10-25" });
    const now = (await listFigures({ db, query: { topic }, now: new Date("2025-10-30T00:00:00Z") })).figures[0];
    expect(now.headline?.display).toBe("Outlets disagree: 20 to 50 people");
    expect(now.isDisagreeing).toBe(true);

    const later = await listFigures({ db, query: { topic }, now: new Date("2026-03-01T00:00:00Z") });
    expect(later.figures[0].isStale).toBe(true);
  });

  it("finds figures by words in a quote, an outlet's name or the title, and nothing for other words", async () => {
    const { figure, word, outlets } = await contested();
    expect((await listFigures({ db, query: { q: word } })).figures.map((f) => f.slug)).toEqual([figure.slug]);
    const byOutlet = await listFigures({ db, query: { q: outlets.c.name.split(" ").pop()! } });
    expect(byOutlet.figures.map((f) => f.slug)).toEqual([figure.slug]);
    const byTitle = await listFigures({ db, query: { q: figure.slug } });
    expect(byTitle.figures.map((f) => f.slug)).toContain(figure.slug);
    expect((await listFigures({ db, query: { q: "xylophonequartz" } })).total).toBe(0);
  });

  it("keeps each figure's quote words in step with every write: insert, correction, move and delete", async () => {
    // Letters only: a word with a digit is searched quote by quote, not in figure_search.
    const letters = () =>
      Array.from({ length: 12 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
    const [word, other] = [`qw${letters()}`, `qw${letters()}`];
    const found = async (q: string) => (await listFigures({ db, query: { q } })).figures.map((f) => f.slug);
    const figure = await makeFigure();
    const second = await makeFigure();
    const outlet = await makeOutlet();
    const saved = await logValue(figure.slug, outlet.id, { quote: `Officials said ${word} reached 12.` });
    expect(await found(word)).toEqual([figure.slug]);
    expect(await found(`${word} officials`)).toEqual([figure.slug]); // every word, anywhere in the figure's quotes
    expect(await found(`${word} ${other}`)).toEqual([]);

    await db.$executeRaw`UPDATE observation SET quote = ${`Officials said ${other} reached 12.`} WHERE id = ${saved.id}::uuid`;
    expect(await found(word)).toEqual([]);
    expect(await found(other)).toEqual([figure.slug]);

    await db.$executeRaw`UPDATE observation SET figure_id = ${second.id}::uuid WHERE id = ${saved.id}::uuid`;
    expect(await found(other)).toEqual([second.slug]);

    await db.$executeRaw`DELETE FROM citation WHERE observation_id = ${saved.id}::uuid`;
    await db.$executeRaw`DELETE FROM observation WHERE id = ${saved.id}::uuid`;
    expect(await found(other)).toEqual([]);
  });

  it("sorts by title and by disagreement", async () => {
    const { topic: t1 } = await contested();
    const quiet = await makeFigure({ topics: [t1], title: "Aaa quiet figure" });
    const o = await makeOutlet();
    await logValue(quiet.slug, o.id, { qualifier: "exact", value: "5", reportedOn: "2025-09-01" });
    expect((await listFigures({ db, query: { topic: t1, sort: "title" } })).figures[0].slug).toBe(quiet.slug);
    expect((await listFigures({ db, query: { topic: t1, sort: "disagreement" } })).figures[1].slug).toBe(quiet.slug);
  });
});

describe("getFigureChart", () => {
  it("sends at most 1,000 points per outlet, keeping first, last, min and max, and the exact summary", async () => {
    const figure = await makeFigure();
    const outlet = await makeOutlet();
    // 3,000 reports by one outlet, a lowest one and a highest one in the middle.
    await db.$executeRaw`
      INSERT INTO observation (figure_id, outlet_id, value, qualifier, reported_on, cited_sources, quote, logged_by)
      SELECT ${figure.id}::uuid, ${outlet.id}::uuid,
             CASE i WHEN 1234 THEN 1 WHEN 2222 THEN 99999 ELSE 500 + (i % 37) END,
             'exact', DATE '2010-01-01' + i, ARRAY['src'], 'quote ' || i, 'test'
        FROM generate_series(1, 3000) i`;
    const view = await getFigureChart({ db, slug: figure.slug });
    const points = view.chart.series[0].points;
    expect(points.length).toBeLessThanOrEqual(1000);
    expect(points.length).toBeGreaterThan(900);
    // The first and last reports (i = 1 and i = 3000); quotes are not inlined (the tooltip fetches them).
    expect(points[0].reportedOn).toBe("2010-01-02");
    expect(points[points.length - 1].reportedOn).toBe(new Date(Date.UTC(2010, 0, 1 + 3000)).toISOString().slice(0, 10));
    expect(points[0]).not.toHaveProperty("quote");
    expect(points.map((p) => p.y)).toContain(1);
    expect(points.map((p) => p.y)).toContain(99999);
    expect(view.chart.publishedCount).toBe(3000);
    expect(view.stats).toMatchObject({ min: "1", max: "99999", outletCount: 1 });
    expect(view.stats.latest?.quote).toBe("quote 3000");
    expect(view.chart.consensus.length).toBeLessThanOrEqual(1000);

    const page2 = await listFigureObservations({ db, slug: figure.slug, query: { page: 2, pageSize: 50 } });
    expect(page2.total).toBe(3000);
    expect(page2.observations.map((o) => o.quote)).toEqual(Array.from({ length: 50 }, (_, i) => `quote ${2950 - i}`));
  });
});

describe("live changes", () => {
  it("hears a logged value once its transaction commits", async () => {
    const figure = await makeFigure();
    const outlet = await makeOutlet();
    const heard: LiveChange[] = [];
    const stop = subscribeChanges({ listener: (n) => heard.push(n.change) });
    try {
      // The listener connects lazily; give it a moment before the write.
      await new Promise((r) => setTimeout(r, 500));
      const saved = await logValue(figure.slug, outlet.id, {});
      await expect
        .poll(() => heard.filter((c) => c.kind === "observation" && c.figureSlug === figure.slug), { timeout: 5000 })
        .toEqual([{ kind: "observation", figureSlug: figure.slug, observationId: saved.id }]);
    } finally {
      stop();
    }
  });
});

describe("figure_outlet_latest (trigger-kept)", () => {
  it("follows inserts and retractions", async () => {
    const figure = await makeFigure();
    const outlet = await makeOutlet();
    const latestOf = () =>
      db.$queryRaw<
        { value: string }[]
      >`SELECT value::text FROM figure_outlet_latest WHERE figure_id = ${figure.id}::uuid AND outlet_id = ${outlet.id}::uuid`;
    const older = await logValue(figure.slug, outlet.id, { qualifier: "exact", value: "10", reportedOn: "2025-10-01" });
    const newer = await logValue(figure.slug, outlet.id, { qualifier: "exact", value: "20", reportedOn: "2025-10-05" });
    expect(await latestOf()).toEqual([{ value: "20" }]);
    await db.$executeRaw`UPDATE observation SET status = 'retracted', status_reason = 'test' WHERE id = ${newer.id}::uuid`;
    expect(await latestOf()).toEqual([{ value: "10" }]);
    await db.$executeRaw`UPDATE observation SET status = 'retracted', status_reason = 'test' WHERE id = ${older.id}::uuid`;
    expect(await latestOf()).toEqual([]);
  });
});
