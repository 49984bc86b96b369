// The sentence parser on a table of sentences written for it (plus every quote in the demo data).
import { describe, expect, it } from "vitest";
import { DEMO_FIGURES } from "@/lib/demo/demo-data";
import { extractFigures, MAX_QUOTE_CHARS } from "@/lib/extract/extract-figures";
import { pickCandidate } from "@/lib/extract/pick-candidate";
import { normalizeUnit, unitsMatch } from "@/lib/extract/units";
import { splitSentences } from "@/lib/extract/sentences";
import cases from "./extract-figures.cases.json";

type Expected = { text: string; value?: string; low?: string; high?: string; qualifier: string; unit: string | null };
type Row = [sentence: string, expected: Expected[]];
const CASES = cases as unknown as Record<"figures" | "datesAndYears" | "spanishTraps", Row[]>;

/** What the parser finds in `sentence` is `expected`, and each candidate's offsets point at its words and its sentence. */
function expectCandidates(sentence: string, expected: Expected[]) {
  const got = extractFigures(sentence);
  const read = (c: Expected | (typeof got)[number]) => ({
    text: c.text,
    qualifier: c.qualifier,
    unit: c.unit,
    ...(c.value !== null && c.value !== undefined ? { value: c.value } : { low: c.low, high: c.high }),
  });
  expect(got.map(read)).toEqual(expected.map(read));
  for (const c of got) {
    expect(sentence.slice(c.start, c.end)).toBe(c.text);
    expect(sentence.slice(c.quoteStart, c.quoteEnd)).toBe(c.quote);
  }
}

describe("extractFigures", () => {
  it.each(CASES.figures)("%s", expectCandidates);
  // Dates and years are not figures (a number that only looks like a year can be).
  it.each(CASES.datesAndYears)("%s", expectCandidates);

  it("quotes the sentence that holds each number, with offsets into the whole text", () => {
    const text =
      "The U.S. Treasury acted on Oct. 24. It froze $230 million in aid.\nAt least 43 people died. Mr. Smith said 1.3 tons were seized!";
    const got = extractFigures(text);
    expect(got.map((c) => [c.text, c.quote])).toEqual([
      ["$230 million", "It froze $230 million in aid."],
      ["At least 43 people", "At least 43 people died."],
      ["1.3 tons", "Mr. Smith said 1.3 tons were seized!"],
    ]);
    expect(text.slice(got[0]!.start, got[0]!.end)).toBe("$230 million");
  });

  it("finds nothing in text without numbers", () => {
    expect(extractFigures("")).toEqual([]);
    expect(extractFigures("Petro rejected the sanctions outright.")).toEqual([]);
  });

  it("finds the number of every demo quote, with the demo's value and qualifier", () => {
    let checked = 0;
    for (const figure of DEMO_FIGURES) {
      for (const o of figure.observations) {
        const candidates = extractFigures(String(o.quote));
        const i = pickCandidate(candidates, figure.unit);
        const wanted = { value: o.value ?? null, low: o.low ?? null, high: o.high ?? null };
        const found = candidates.find(
          (c) => c.value === wanted.value && c.low === wanted.low && c.high === wanted.high,
        );
        // "The four" and "sanctions against Petro; his wife; …" are counted by people, not printed.
        if (/named|Counted from/.test(String(o.note ?? "")) && !found) continue;
        expect(found, `${figure.slug}: ${o.quote}`).toBeDefined();
        expect(found!.qualifier, o.quote).toBe(o.qualifier);
        // Preselected: one in the figure's unit (the AP sentence holds two USD values; the first wins).
        expect(candidates[i]!.unit, `preselected for ${figure.unit}: ${o.quote}`).toBe(found!.unit);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(9);
  });
});

describe("pickCandidate", () => {
  const candidates = extractFigures("The US destroyed 10 vessels, killed at least 43 people and spent $230 million.");
  it.each([
    ["people", "at least 43 people"],
    ["vessels", "10 vessels"],
    ["USD", "$230 million"],
    ["hectares", "10 vessels"],
  ])("for a figure in %s picks “%s”", (unit, text) => {
    expect(candidates[pickCandidate(candidates, unit)]!.text).toBe(text);
  });
  it("answers -1 when there is nothing to pick", () => expect(pickCandidate([], "people")).toBe(-1));
});

describe("units", () => {
  it.each([
    ["tons", "tonnes"],
    ["Tonnes", "metric ton"],
    ["$", "USD"],
    ["percent", "%"],
    ["people", "person"],
    ["vessels", "vessel"],
    ["hectares", "ha"],
  ])("%s is %s", (a, b) => expect(unitsMatch(a, b)).toBe(true));
  it.each([
    ["people", "vessels"],
    ["USD", "EUR"],
    ["percent", "percentage points"],
  ])("%s is not %s", (a, b) => expect(unitsMatch(a, b)).toBe(false));
  it("normalizes", () => expect(normalizeUnit(" Hectares ")).toBe("hectare"));
});

describe("splitSentences", () => {
  it("does not split at abbreviations or decimals", () => {
    const text = "The U.S. Treasury said 1.3 tons. Gen. Ruiz left on Jan. 4. Then it rained.";
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "The U.S. Treasury said 1.3 tons.",
      "Gen. Ruiz left on Jan. 4.",
      "Then it rained.",
    ]);
  });
  it("splits Spanish at ¿ ¡ « and not at Gral., Sr. or EE.UU.", () => {
    const text =
      "El Gral. Ruiz dijo que EE.UU. Destruyó 1.200 lanchas. ¿Cuántos murieron? «Al menos 57», dijo el Sr. Petro.";
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      "El Gral. Ruiz dijo que EE.UU. Destruyó 1.200 lanchas.",
      "¿Cuántos murieron?",
      "«Al menos 57», dijo el Sr. Petro.",
    ]);
  });
});

describe("extractFigures on the traps of issue 12", () => {
  // The traps named in issue 12, each with every candidate the sentence holds.
  it.each(CASES.spanishTraps)("%s", expectCandidates);

  it("reads each sentence of a mixed article in its own language, and obeys an override", () => {
    const text = "AP said 1,200 people died. Según EFE, al menos 1.200 personas murieron.";
    expect(extractFigures(text).map((c) => [c.value, c.lang, c.quote])).toEqual([
      ["1200", "en", "AP said 1,200 people died."],
      ["1200", "es", "Según EFE, al menos 1.200 personas murieron."],
    ]);
    expect(extractFigures("1.200 boats", { lang: "en" })[0]).toMatchObject({ value: "1.2", lang: "en" });
    expect(extractFigures("1.200 boats", { lang: "es" })[0]).toMatchObject({ value: "1200", lang: "es" });
  });

  it("quotes the sentence, never more than MAX_QUOTE_CHARS of it", () => {
    const long = `${"palabra ".repeat(200)}al menos 57 personas ${"murieron ".repeat(200)}`;
    const [c] = extractFigures(long);
    expect(c!.text).toBe("al menos 57 personas");
    expect(c!.quote.length).toBeLessThanOrEqual(MAX_QUOTE_CHARS);
    expect(c!.quote).toContain("al menos 57 personas");
    expect(long.slice(c!.quoteStart, c!.quoteEnd)).toBe(c!.quote);
  });

  it("treats the Spanish unit words as the figure's unit when preselecting and comparing", () => {
    expect(unitsMatch("personas", "people")).toBe(true);
    expect(unitsMatch("víctimas", "people")).toBe(true);
    expect(unitsMatch("hectáreas", "hectares")).toBe(true);
    expect(unitsMatch("lanchas", "vessels")).toBe(true);
    expect(unitsMatch("pesos", "COP")).toBe(true);
    expect(unitsMatch("COP", "USD")).toBe(false);
    const found = extractFigures("EE.UU. destruyó 10 lanchas y mató al menos a 57 personas.");
    expect(found[pickCandidate(found, "people")]!.text).toBe("al menos a 57 personas");
    expect(found[pickCandidate(found, "vessels")]!.text).toBe("10 lanchas");
  });
});
