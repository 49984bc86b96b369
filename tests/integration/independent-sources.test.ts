// Independent sources: outlets that repeat one origin are one voice, through the API, the CSV
// export and a CSV import; the demo toll goes back to the US government alone.
import { describe, expect, it } from "vitest";
import { GET as listRoute } from "@/app/api/figures/route";
import { GET as detailRoute } from "@/app/api/figures/[slug]/route";
import { ZFigureDetailResponse, ZFigureListResponse } from "@/lib/api/response-schemas";
import { getDb } from "@/lib/db/client";
import { loadDemoData } from "@/lib/demo/load-demo-data";
import { getFigure } from "@/lib/figures/get-figure";
import { commitImport } from "@/lib/imports/commit-import";
import { parseImportCsv } from "@/lib/imports/parse-import-csv";
import { logObservation } from "@/lib/observations/log-observation";
import { getCitationTree, MAX_OUTLETS } from "@/lib/sources/get-citation-tree";
import { makeFigure, makeOutlet, observationInput, TEST_ACTOR, uniq } from "../factories";
import { logValue } from "../factories/log-value";

const db = getDb();
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });

async function fourOutletsTwoAgencies() {
  const figure = await makeFigure();
  const cites = [["AFP tally"], ["AFP tally"], ["an AFP count"], ["Reuters tally"]];
  for (const [i, citedSources] of cites.entries()) {
    const outlet = await makeOutlet(`Paper ${figure.slug} ${i}`);
    await logValue(figure.slug, outlet.id, {
      citedSources,
      refersEnd: "2025-10-24",
      refersPrecision: "day",
    });
  }
  return figure;
}

describe("independent sources", () => {
  it("who cites whom lists the outlets that reported last and counts the others", async () => {
    const figure = await makeFigure();
    const outlets = MAX_OUTLETS + 3;
    for (let i = 0; i < outlets; i++) {
      const outlet = await makeOutlet(`Paper ${figure.slug} ${String(i).padStart(2, "0")}`);
      const reportedOn = `2025-09-${String(1 + i).padStart(2, "0")}`;
      await logObservation({ db, actor: TEST_ACTOR, input: observationInput(figure.slug, outlet.id, { reportedOn }) });
    }
    const tree = await getCitationTree({ figureId: figure.id, unit: figure.unit });
    expect(tree.moreOutlets).toBe(3);
    expect(tree.outlets.map((o) => o.outlet)).toEqual(
      Array.from({ length: MAX_OUTLETS }, (_, k) => `Paper ${figure.slug} ${String(outlets - 1 - k).padStart(2, "0")}`),
    );
  }, 90_000); // 23 values logged one by one, each through the monitoring rules

  it("3 outlets citing an AFP tally and 1 citing a Reuters tally are 2 independent sources (API list and detail)", async () => {
    const figure = await fourOutletsTwoAgencies();
    const res = await detailRoute(
      new Request(`http://localhost/api/figures/${figure.slug}`),
      ctx({ slug: figure.slug }),
    );
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

  it("the same through a CSV import: cited_sources resolved by alias, or the file's origin and origin_kind", async () => {
    const slug = uniq("imp");
    const head =
      "figure_slug,figure_title,unit,qualifier,value,reported_on,refers_end,outlet,cited_sources,origin,origin_kind,quote";
    const line = (outlet: string, cited: string, origin = "", kind = "") =>
      `${slug},Imported toll,people,at_least,43,2025-10-24,2025-10-24,${outlet} ${slug},${cited},${origin},${kind},q ${outlet}`;
    const csv = [
      head,
      line("A", "AFP tally"),
      line("B", "AFP tally"),
      line("C", "an AFP count"),
      line("D", "Reuters tally"),
    ].join("\n");
    await commitImport({ db, actor: TEST_ACTOR, csv: await parseImportCsv(new TextEncoder().encode(csv)) });
    const { figure } = await getFigure({ db, slug });
    expect(figure.independentSourceCount).toBe(2);
    expect(figure.sources.map((s) => [s.name, s.outlets.length])).toEqual([
      ["AFP", 3],
      ["Reuters", 1],
    ]);

    // An origin column overrides the alias; an unknown origin with a kind becomes a new source.
    const slug2 = uniq("imp");
    const local = uniq("Local health office");
    const csv2 = [
      head,
      line("E", "a local paper", "Agence France-Presse").replace(slug, slug2).replace(slug, slug2),
      line("F", "the clinic", local, "government").replace(slug, slug2).replace(slug, slug2),
    ].join("\n");
    const result = await commitImport({
      db,
      actor: TEST_ACTOR,
      csv: await parseImportCsv(new TextEncoder().encode(csv2)),
    });
    expect(result.newSources).toBe(1);
    const second = (await getFigure({ db, slug: slug2 })).figure;
    expect(second.sources.map((s) => [s.name, s.kind])).toEqual(
      [
        ["AFP", "news_agency"],
        [local, "government"],
      ].sort((a, b) => a[0].localeCompare(b[0])),
    );
  });

  it("counts only the latest reports for the latest period, and an unmatched origin by its text", async () => {
    const figure = await makeFigure();
    const a = await makeOutlet();
    const b = await makeOutlet();
    // An older period cited Reuters; the latest period has AFP (via a) and a local count (via b).
    await logValue(figure.slug, a.id, {
      citedSources: ["Reuters"],
      refersEnd: "2025-10-01",
      reportedOn: "2025-10-01",
    });
    await logValue(figure.slug, a.id, { citedSources: ["AFP"], refersEnd: "2025-10-24" });
    await logValue(figure.slug, b.id, { citedSources: ["the mayor's office"], refersEnd: "2025-10-24" });
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
      {
        name: "US government",
        kind: "government",
        isResolved: true,
        outlets: ["Seed article 000 (publisher not named)", "Seed article 001 (publisher not named)"],
      },
    ]);
    const links = await db.citation.findMany({
      where: { observation: { figure: { slug: "us-boat-strike-deaths" } } },
      select: { position: true, source: { select: { name: true } }, observation: { select: { citedSources: true } } },
    });
    const origins = links.filter((l) => l.position === l.observation.citedSources.length - 1).map((l) => l.source.name);
    expect(origins).toEqual(["US government", "US government", "US government"]);
  });
});
