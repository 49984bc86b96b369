import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { DEMO_FIGURES } from "@/lib/demo/demo-data";
import { loadDemoData } from "@/lib/demo/load-demo-data";
import { getFigure } from "@/lib/figures/get-figure";
import { listFigures } from "@/lib/figures/list-figures";

const db = getDb();
const ARTICLES = path.resolve("lib/demo/articles");
const articles = Object.fromEntries(
  readdirSync(ARTICLES)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => [f.slice(0, 3), readFileSync(path.join(ARTICLES, f), "utf8")]),
);

describe("demo data", () => {
  it("quotes every reported value verbatim from the seed article it is attributed to", () => {
    for (const figure of DEMO_FIGURES) {
      for (const o of figure.observations) {
        expect(articles[o.outlet.slice(1)], `${figure.slug}: ${o.quote.slice(0, 40)}…`).toContain(o.quote);
      }
    }
  });

  it("loads once and is idempotent", async () => {
    const first = await loadDemoData({ db });
    const second = await loadDemoData({ db });
    const observations = DEMO_FIGURES.reduce((n, f) => n + f.observations.length, 0);
    const none = { figures: 0, outlets: 0, observations: 0, events: 0 };
    // Test files share one database: another file may have loaded the demo first.
    expect([{ figures: DEMO_FIGURES.length, outlets: 5, observations, events: 4 }, none]).toContainEqual(first);
    expect(second).toEqual(none);
    const slugs = DEMO_FIGURES.map((f) => f.slug);
    expect(await db.figure.count({ where: { slug: { in: slugs } } })).toBe(DEMO_FIGURES.length);
    expect(await db.observation.count({ where: { figure: { slug: { in: slugs } } } })).toBe(observations);
  });

  it("shows the strike death toll as the articles reported it: 17, then at least 37, then at least 43", async () => {
    await loadDemoData({ db });
    const detail = await getFigure({ db, slug: "us-boat-strike-deaths" });
    expect(detail.observations.map((o) => o.display)).toEqual([
      "at least 43 people",
      "at least 37 people",
      "17 people",
    ]);
    expect(detail.observations[0].citedSources).toEqual(["AFP tallies", "US figures"]);
    expect(detail.events.map((e) => e.date)).toContain("2025-10-24");

    const aid = await getFigure({ db, slug: "us-aid-to-colombia" });
    expect(aid.observations.map((o) => [o.display, o.refersPrecision])).toEqual([
      ["$230 million", "fiscal_year"],
      ["more than $700 million", null],
    ]);
  });
});

describe("the demo's first impression", () => {
  it("comes in as archived stories with a note: a year-old story is history, so nothing is stale and no alert greets the desk", async () => {
    await loadDemoData({ db });
    const slugs = DEMO_FIGURES.map((f) => f.slug);
    const figures = await db.figure.findMany({
      where: { slug: { in: slugs } },
      select: { archivedAt: true, archiveNote: true },
    });
    expect(figures.every((f) => f.archivedAt !== null && f.archiveNote.startsWith("Demo data:"))).toBe(true);
    expect(await db.alert.count({ where: { figure: { slug: { in: slugs } }, status: { not: "resolved" } } })).toBe(0);
    const { figures: cards } = await listFigures({
      db,
      query: { pageSize: 200 },
      now: new Date("2030-01-01T00:00:00Z"),
    });
    const demoCards = cards.filter((c) => slugs.includes(c.slug));
    expect(demoCards).toHaveLength(slugs.length);
    expect(demoCards.map((c) => c.isStale)).toEqual(slugs.map(() => false));
    expect(demoCards.every((c) => c.archived?.note.startsWith("Demo data:"))).toBe(true);
  });
});
