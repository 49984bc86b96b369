import { describe, expect, it } from "vitest";
import { SOURCE_DIRECTORY } from "../../lib/sources/directory";
import { resolveSource } from "../../lib/sources/resolve-source";

const sources = SOURCE_DIRECTORY.map((d) => ({ ...d, id: d.slug }));

describe("resolveSource: cited text → source", () => {
  it.each([
    ["AFP tallies", "AFP"],
    ["an AFP count", "AFP"],
    ["Agence France-Presse", "AFP"],
    ["according to AFP tallies", "AFP"],
    ["según la AFP", "AFP"],
    ["AFP tally", "AFP"],
    ["Reuters tally", "Reuters"],
    ["the Associated Press", "Associated Press"],
    ["AP", "Associated Press"],
    ["US authorities", "US government"],
    ["U.S. authorities", "US government"],
    ["the US administration", "US government"],
    ["US administration", "US government"],
    ["US figures", "US government"],
    ["Washington", "US government"],
    ["EE.UU.", "US government"],
    ["el Gobierno de Estados Unidos", "US government"],
    ["autoridades estadounidenses", "US government"],
    ["US Treasury Department", "US government"],
    ["the Pentagon", "US military"],
    ["US military figures", "US military"],
    ["SOUTHCOM", "US military"],
    ["el Pentágono", "US military"],
    ["Comando Sur", "US military"],
    ["Ministerio de Defensa", "Colombian defence ministry"],
    ["el Ministerio de Defensa Nacional", "Colombian defence ministry"],
    ["Colombia's defence ministry", "Colombian defence ministry"],
    ["Gobierno colombiano", "Colombian government"],
    ["Gustavo Petro", "Colombian government"],
    ["UN Office on Drugs and Crime", "UNODC"],
    ["la Oficina de las Naciones Unidas contra la Droga y el Delito", "UNODC"],
    ["Agencia EFE", "EFE"],
    ["Bloomberg News", "Bloomberg"],
    ["BBC Mundo", "BBC"],
    ["revista Semana", "Semana"],
    ["El Espectador", "El Espectador"],
    ["diario El Tiempo", "El Tiempo"],
  ])("%s → %s", (text, name) => {
    expect(resolveSource(text, sources)?.source.name).toBe(name);
  });

  it.each([["a local fisherman"], ["told us"], [""], ["   "], ["witnesses"]])("%j → no source", (text) => {
    expect(resolveSource(text, sources)).toBeNull();
  });

  it("names the alias it matched", () => {
    expect(resolveSource("An AFP count", sources)?.alias).toBe("an AFP count");
  });
});
