// Independent sources, pure: outlets that repeat one origin are one voice; outlets that cite no
// one are each their own (the data allows it where a report came in without the form or the API).
import { describe, expect, it } from "vitest";
import { independentSources, originOf } from "@/lib/sources/origins";

const voices = (reports: Parameters<typeof independentSources>[0]) =>
  independentSources(reports).sources.map((s) => [s.name, s.kind, s.outlets]);

describe("independentSources", () => {
  it("counts outlets that repeat one cited origin once, by its text when no source matched", () => {
    expect(
      voices([
        { outlets: ["El Tiempo", "Semana"], citedSources: ["EFE", "US government"], origin: null },
        { outlets: ["AP"], citedSources: ["us government"], origin: null },
      ]),
    ).toEqual([["US government", "other", ["AP", "El Tiempo", "Semana"]]]);
  });

  it("makes each outlet that cites no one a voice of its own, not one voice named after the first", () => {
    const sources = independentSources([
      { outlets: ["Semana", "El Tiempo"], citedSources: [], origin: null },
      { outlets: ["AP"], citedSources: ["AFP tallies"], origin: { id: "s1", name: "AFP", kind: "news_agency" } },
    ]);
    expect(sources.independentSourceCount).toBe(3);
    expect(sources.sources.map((s) => [s.name, s.kind, s.outlets])).toEqual([
      ["AFP", "news_agency", ["AP"]],
      ["El Tiempo", "outlet_own", ["El Tiempo"]],
      ["Semana", "outlet_own", ["Semana"]],
    ]);
  });

  it("gives the monitoring rules each uncited outlet as its own origin, so two of them are not 'one source'", () => {
    const semana = originOf([], [], "Semana");
    const tiempo = originOf([], [], "El Tiempo");
    expect(semana).toEqual({ key: "outlet:semana", name: "Semana" });
    expect(tiempo.key).not.toBe(semana.key);
    expect(originOf(["EFE", "AFP tallies"], [], "Semana")).toEqual({ key: "text:afp tallies", name: "AFP tallies" });
  });
});
