// Independent sources: outlets that repeat one origin are one voice, through the API, the CSV
// export and a CSV import; the demo toll goes back to the US government alone.
import { describe, expect, it } from "vitest";
import { GET as listRoute } from "@/app/api/figures/route";
import { GET as detailRoute } from "@/app/api/figures/[slug]/route";
import { ZFigureDetailResponse, ZFigureListResponse } from "@/lib/api/response-schemas";
import { getDb } from "@/lib/db/client";
import { loadDemoData } from "@/lib/demo/load-demo-data";
import { getFigure } from "@/lib/figures/get-figure";
import { logObservation } from "@/lib/observations/log-observation";
import { makeFigure, makeOutlet, observationInput, TEST_ACTOR } from "../factories";

const db = getDb();
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });

async function fourOutletsTwoAgencies() {
  const figure = await makeFigure();
  const cites = [["AFP tally"], ["AFP tally"], ["an AFP count"], ["Reuters tally"]];
  for (const [i, citedSources] of cites.entries()) {
    const outlet = await makeOutlet(`Paper ${figure.slug} ${i}`);
    await logObservation({ db, actor: TEST_ACTOR, input: observationInput(figure.slug, outlet.id, { citedSources, refersEnd: "2025-10-24", refersPrecision: "day" }) });
  }
  return figure;
}

describe("independent sources", () => {
  it("3 outlets citing an AFP tally and 1 citing a Reuters tally are 2 independent sources (API list and detail)", async () => {
    const figure = await fourOutletsTwoAgencies();
    const res = await detailRoute(new Request(`http://localhost/api/figures/${figure.slug}`), ctx({ slug: figure.slug }));
    const detail = ZFigureDetailResponse.parse(await res.json());
    expect(detail.figure.independentSourceCount).toBe(2);
    expect(detail.figure.sources.map((s) => [s.name, s.kind, s.outlets.length])).toEqual([
      ["AFP", "news_agency", 3],
      ["Reuters", "news_agency", 1],
    ]);

    const listRes = await listRoute(new Request(`http://localhost/api/figures?q=${figure.slug}`), ctx({}));
    const list = ZFigureListResponse.parse(await listRes.json());
    const card = list.figures.find((f) => f.slug === figure.slug)!;
    expect(card.independentSourceCount).toBe(2);
    expect(card.sources.map((s) => s.name)).toEqual(["AFP", "Reuters"]);
  });

  it("counts only the latest reports for the latest period, and an unmatched origin by its text", async () => {
    const figure = await makeFigure();
    const a = await makeOutlet();
    const b = await makeOutlet();
    // An older period cited Reuters; the latest period has AFP (via a) and a local count (via b).
    await logObservation({ db, actor: TEST_ACTOR, input: observationInput(figure.slug, a.id, { citedSources: ["Reuters"], refersEnd: "2025-10-01", reportedOn: "2025-10-01" }) });
    await logObservation({ db, actor: TEST_ACTOR, input: observationInput(figure.slug, a.id, { citedSources: ["AFP"], refersEnd: "2025-10-24" }) });
    await logObservation({ db, actor: TEST_ACTOR, input: observationInput(figure.slug, b.id, { citedSources: ["the mayor's office"], refersEnd: "2025-10-24" }) });
    const { figure: f } = await getFigure({ db, slug: figure.slug });
    expect(f.sources.map((s) => [s.name, s.isResolved])).toEqual([
      ["AFP", true],
      ["the mayor's office", false],
    ]);
  });

  it("the demo toll: every report goes back to the US government, 1 independent source", async () => {
    await loadDemoData({ db });
    const { figure } = await getFigure({ db, slug: "us-boat-strike-deaths" });
    expect(figure.independentSourceCount).toBe(1);
    expect(figure.sources).toEqual([
      { name: "US government", kind: "government", isResolved: true, outlets: ["Seed article 000 (publisher not named)", "Seed article 001 (publisher not named)"] },
    ]);
    const links = await db.citation.findMany({
      where: { observation: { figure: { slug: "us-boat-strike-deaths" } } },
      select: { position: true, source: { select: { name: true } }, observation: { select: { citedSources: true } } },
    });
    const origins = links.filter((l) => l.position === l.observation.citedSources.length - 1).map((l) => l.source.name);
    expect(origins).toEqual(["US government", "US government", "US government"]);
  });
});
