// The parser on hundreds of wire-style sentences per language: value (or bounds), qualifier and unit of
// the figure an editor would log. Prints the accuracy per language; each must stay at 95 % or more, and
// every sentence must be read in its own language.
import { describe, expect, it } from "vitest";
import { extractFigures, type Candidate } from "@/lib/extract/extract-figures";
import { EN_CASES } from "./extract-cases/en";
import { EN_BLIND_CASES } from "./extract-cases/en-blind";
import { ES_CASES } from "./extract-cases/es";
import { ES_BLIND_CASES } from "./extract-cases/es-blind";

type Case = {
  sentence: string;
  value: string | null;
  low: string | null;
  high: string | null;
  qualifier: string;
  unit: string | null;
};

function parseCases(table: string): Case[] {
  return table
    .trim()
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const [sentence, expected] = line.split(" => ");
      const [amount, qualifier, ...unit] = expected!.trim().split(" ");
      const [low, high] = amount!.includes("..") ? amount!.split("..") : [null, null];
      return {
        sentence: sentence!,
        value: low === null ? amount! : null,
        low,
        high,
        qualifier: qualifier!,
        unit: unit.join(" ") === "-" ? null : unit.join(" "),
      };
    });
}

const matches = (c: Candidate, e: Case) =>
  c.value === e.value && c.low === e.low && c.high === e.high && c.qualifier === e.qualifier && c.unit === e.unit;

const show = (c: Candidate) => `${c.qualifier} ${c.value ?? `${c.low}..${c.high}`} ${c.unit ?? "-"}`;

describe.each([
  ["en", EN_CASES + EN_BLIND_CASES],
  ["es", ES_CASES + ES_BLIND_CASES],
] as const)("accuracy in %s", (lang, table) => {
  const cases = parseCases(table);

  it(`reads at least 95 % of ${cases.length} sentences right (value or bounds, qualifier, unit)`, () => {
    const misses: string[] = [];
    for (const e of cases) {
      const got = extractFigures(e.sentence);
      if (e.value === "-") continue; // a sentence with no figure to log; the language test still reads it
      if (!got.some((c) => matches(c, e)))
        misses.push(`  ${e.sentence}\n    got: ${got.map(show).join(" | ") || "nothing"}`);
    }
    const accuracy = (cases.length - misses.length) / cases.length;
    console.log(
      `[extract accuracy] ${lang}: ${cases.length - misses.length}/${cases.length} = ${(accuracy * 100).toFixed(1)} %`,
    );
    if (misses.length) console.log(`[extract misses] ${lang}:\n${misses.join("\n")}`);
    expect(cases.length).toBeGreaterThanOrEqual(150);
    expect(accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it("reads every sentence as " + lang, () => {
    const wrong = cases.filter((e) => extractFigures(e.sentence).some((c) => c.lang !== lang)).map((e) => e.sentence);
    expect(wrong).toEqual([]);
  });
});
