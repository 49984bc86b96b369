// The sentence parser on a table of sentences written for it (plus every quote in the demo data).
import { describe, expect, it } from "vitest";
import { DEMO_FIGURES } from "@/lib/demo/demo-data";
import { extractFigures, MAX_QUOTE_CHARS } from "@/lib/extract/extract-figures";
import { pickCandidate } from "@/lib/extract/pick-candidate";
import { normalizeUnit, unitsMatch } from "@/lib/extract/units";
import { splitSentences } from "@/lib/extract/sentences";

type Row = [
  sentence: string,
  expected: { text: string; value?: string; low?: string; high?: string; qualifier: string; unit: string | null }[],
];

const TABLE: Row[] = [
  [
    "Strikes have killed at least 43 people so far.",
    [{ text: "at least 43 people", value: "43", qualifier: "at_least", unit: "people" }],
  ],
  [
    "Aid was down from more than $700 million in recent years.",
    [{ text: "more than $700 million", value: "700000000", qualifier: "more_than", unit: "USD" }],
  ],
  [
    "The fiscal year saw $230 million in aid.",
    [{ text: "$230 million", value: "230000000", qualifier: "exact", unit: "USD" }],
  ],
  [
    "Coca reached a record 253,000 hectares in 2023.",
    [{ text: "253,000 hectares", value: "253000", qualifier: "exact", unit: "hectares" }],
  ],
  [
    "Officials said between 12 and 15 boats were hit.",
    [{ text: "between 12 and 15 boats", low: "12", high: "15", qualifier: "range", unit: "boats" }],
  ],
  [
    "Nearly 9,000 troops were deployed.",
    [{ text: "Nearly 9,000 troops", value: "9000", qualifier: "approximately", unit: "troops" }],
  ],
  [
    "The country has about 1.3 billion people.",
    [{ text: "about 1.3 billion people", value: "1300000000", qualifier: "approximately", unit: "people" }],
  ],
  ["Aid could be cut by up to 50%.", [{ text: "up to 50%", value: "50", qualifier: "at_most", unit: "percent" }]],
  [
    "Fewer than 10 survivors were found.",
    [{ text: "Fewer than 10 survivors", value: "10", qualifier: "less_than", unit: "survivors" }],
  ],
  ["Police seized 2.7 tons of cocaine.", [{ text: "2.7 tons", value: "2.7", qualifier: "exact", unit: "tons" }]],
  ["The blast killed three people.", [{ text: "three people", value: "3", qualifier: "exact", unit: "people" }]],
  ["Twenty-five people were hurt.", [{ text: "Twenty-five people", value: "25", qualifier: "exact", unit: "people" }]],
  [
    "Unemployment rose to 12.5 percent.",
    [{ text: "12.5 percent", value: "12.5", qualifier: "exact", unit: "percent" }],
  ],
  ["Turnout was 61 per cent.", [{ text: "61 per cent", value: "61", qualifier: "exact", unit: "percent" }]],
  ["The fund holds €1.25bn.", [{ text: "€1.25bn", value: "1250000000", qualifier: "exact", unit: "EUR" }]],
  ["The UK pledged £40m for the region.", [{ text: "£40m", value: "40000000", qualifier: "exact", unit: "GBP" }]],
  ["They paid US$ 3,250.75 each.", [{ text: "US$ 3,250.75", value: "3250.75", qualifier: "exact", unit: "USD" }]],
  [
    "Some 12,000 families fled.",
    [{ text: "Some 12,000 families", value: "12000", qualifier: "approximately", unit: "families" }],
  ],
  [
    "An estimated 4 million children need help.",
    [{ text: "An estimated 4 million children", value: "4000000", qualifier: "approximately", unit: "children" }],
  ],
  [
    "No more than 200 visas will be issued.",
    [{ text: "No more than 200 visas", value: "200", qualifier: "at_most", unit: "visas" }],
  ],
  [
    "Over 1,000 homes were destroyed.",
    [{ text: "Over 1,000 homes", value: "1000", qualifier: "more_than", unit: "homes" }],
  ],
  [
    "Less than 0.5% of the budget is spent.",
    [{ text: "Less than 0.5%", value: "0.5", qualifier: "less_than", unit: "percent" }],
  ],
  [
    "The damage is put at $12-15 million.",
    [{ text: "$12-15 million", low: "12000000", high: "15000000", qualifier: "range", unit: "USD" }],
  ],
  [
    "Estimates range from 20 to 30 percent.",
    [{ text: "from 20 to 30 percent", low: "20", high: "30", qualifier: "range", unit: "percent" }],
  ],
  [
    "Support rose from 20 to 30 percent.",
    [
      { text: "20", value: "20", qualifier: "exact", unit: null },
      { text: "30 percent", value: "30", qualifier: "exact", unit: "percent" },
    ],
  ],
  [
    "Between $1.2 billion and $1.5 billion was pledged.",
    [
      {
        text: "Between $1.2 billion and $1.5 billion",
        low: "1200000000",
        high: "1500000000",
        qualifier: "range",
        unit: "USD",
      },
    ],
  ],
  [
    "Some 30–40 bodies were recovered.",
    [{ text: "Some 30–40 bodies", low: "30", high: "40", qualifier: "range", unit: "bodies" }],
  ],
  ["The toll is 5 thousand dollars.", [{ text: "5 thousand dollars", value: "5000", qualifier: "exact", unit: "USD" }]],
  [
    "Almost 0.75 million tonnes were exported.",
    [{ text: "Almost 0.75 million tonnes", value: "750000", qualifier: "approximately", unit: "tonnes" }],
  ],
  [
    "In the past two months, the US has destroyed 10 vessels and killed at least 43 people.",
    [
      { text: "two months", value: "2", qualifier: "exact", unit: "months" },
      { text: "10 vessels", value: "10", qualifier: "exact", unit: "vessels" },
      { text: "at least 43 people", value: "43", qualifier: "at_least", unit: "people" },
    ],
  ],
  // Dates and years are not figures.
  ["On Friday, October 24, the White House announced sanctions.", []],
  ["The sanctions came on Oct. 24, 2025, after months of friction.", []],
  ["Since taking office in 2022, Petro has charted a new course.", []],
  ["Trump spoke on 4 January 2026 aboard Air Force One.", []],
  ["The report covers fiscal year 2025.", []],
  ["COVID-19 and the F-35 are not figures; neither is 9/11 or 14:30 or the 1990s or the 24th.", []],
  ["He is one of the closest allies.", []],
  ["Trump said aboard Air Force One that Formula One was fun.", []],
  ["Nobody was hurt in the 2025 incidents.", []],
  ["Troops killed 2000 fighters.", [{ text: "2000 fighters", value: "2000", qualifier: "exact", unit: "fighters" }]],
  [
    "The budget for 2024 rose to 2,024 posts.",
    [{ text: "2,024 posts", value: "2024", qualifier: "exact", unit: "posts" }],
  ],
];

describe("extractFigures", () => {
  it.each(TABLE)("%s", (sentence, expected) => {
    const got = extractFigures(sentence);
    expect(
      got.map((c) => ({
        text: c.text,
        qualifier: c.qualifier,
        unit: c.unit,
        ...(c.value !== null ? { value: c.value } : { low: c.low, high: c.high }),
      })),
    ).toEqual(
      expected.map((e) => ({
        text: e.text,
        qualifier: e.qualifier,
        unit: e.unit,
        ...(e.value !== undefined ? { value: e.value } : { low: e.low, high: e.high }),
      })),
    );
    for (const c of got) {
      expect(sentence.slice(c.start, c.end)).toBe(c.text);
      expect(sentence.slice(c.quoteStart, c.quoteEnd)).toBe(c.quote);
    }
  });

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

// The traps named in issue 12, each with every candidate the sentence holds.
const TRAPS: [
  string,
  { text: string; value?: string; low?: string; high?: string; qualifier: string; unit: string | null }[],
][] = [
  [
    "Al menos 57 personas murieron.",
    [{ text: "Al menos 57 personas", value: "57", qualifier: "at_least", unit: "people" }],
  ],
  [
    "230 millones de dólares",
    [{ text: "230 millones de dólares", value: "230000000", qualifier: "exact", unit: "USD" }],
  ],
  ["1.200 personas", [{ text: "1.200 personas", value: "1200", qualifier: "exact", unit: "people" }]],
  ["Unos 80", [{ text: "Unos 80", value: "80", qualifier: "approximately", unit: null }]],
  [
    "El Gobierno destinará 4,5 billones de pesos.",
    [{ text: "4,5 billones de pesos", value: "4500000000000", qualifier: "exact", unit: "COP" }],
  ],
  [
    "Un billón de pesos no es mil millones de pesos.",
    [
      { text: "Un billón de pesos", value: "1000000000000", qualifier: "exact", unit: "COP" },
      { text: "mil millones de pesos", value: "1000000000", qualifier: "exact", unit: "COP" },
    ],
  ],
  [
    "Los cultivos llegaron a 253.000 hectáreas.",
    [{ text: "253.000 hectáreas", value: "253000", qualifier: "exact", unit: "hectares" }],
  ],
  ["La Armada incautó 8,6 toneladas.", [{ text: "8,6 toneladas", value: "8.6", qualifier: "exact", unit: "tonnes" }]],
  [
    "Alrededor de 1,2 millones de personas.",
    [{ text: "Alrededor de 1,2 millones de personas", value: "1200000", qualifier: "approximately", unit: "people" }],
  ],
  [
    "Recibió US$ 8,6 millones y COP 1.200 millones.",
    [
      { text: "US$ 8,6 millones", value: "8600000", qualifier: "exact", unit: "USD" },
      { text: "COP 1.200 millones", value: "1200000000", qualifier: "exact", unit: "COP" },
    ],
  ],
  [
    "Cuatro personas, cuarenta y tres muertos y dos docenas de lanchas.",
    [
      { text: "Cuatro personas", value: "4", qualifier: "exact", unit: "people" },
      { text: "cuarenta y tres muertos", value: "43", qualifier: "exact", unit: "people" },
      { text: "dos docenas de lanchas", value: "24", qualifier: "exact", unit: "vessels" },
    ],
  ],
  [
    "Entre 12 y 15 embarcaciones fueron destruidas.",
    [{ text: "Entre 12 y 15 embarcaciones", low: "12", high: "15", qualifier: "range", unit: "vessels" }],
  ],
  [
    "Hubo de 20 a 30 fallecidos.",
    [{ text: "de 20 a 30 fallecidos", low: "20", high: "30", qualifier: "range", unit: "people" }],
  ],
  [
    "La cifra pasó de 20 a 30 víctimas.",
    [
      { text: "20", value: "20", qualifier: "exact", unit: null },
      { text: "30 víctimas", value: "30", qualifier: "exact", unit: "people" },
    ],
  ],
  [
    "Casi 9.000 militares; hasta 600 personas; más de 700; menos de 10; a lo sumo 3; por lo menos 5; como mínimo 7.",
    [
      { text: "Casi 9.000 militares", value: "9000", qualifier: "approximately", unit: "militares" },
      { text: "hasta 600 personas", value: "600", qualifier: "at_most", unit: "people" },
      { text: "más de 700", value: "700", qualifier: "more_than", unit: null },
      { text: "menos de 10", value: "10", qualifier: "less_than", unit: null },
      { text: "a lo sumo 3", value: "3", qualifier: "at_most", unit: null },
      { text: "por lo menos 5", value: "5", qualifier: "at_least", unit: null },
      { text: "como mínimo 7", value: "7", qualifier: "at_least", unit: null },
    ],
  ],
  [
    "As much as $400 million in aid was frozen.",
    [{ text: "As much as $400 million", value: "400000000", qualifier: "at_most", unit: "USD" }],
  ],
  [
    "As many as 600 people died.",
    [{ text: "As many as 600 people", value: "600", qualifier: "at_most", unit: "people" }],
  ],
  [
    "Sales fell 27% to $412.5 million.",
    [
      { text: "27%", value: "27", qualifier: "exact", unit: "percent" },
      { text: "$412.5 million", value: "412500000", qualifier: "exact", unit: "USD" },
    ],
  ],
  [
    "La ayuda cayó un 27 % hasta 412,5 millones de dólares.",
    [
      { text: "27 %", value: "27", qualifier: "exact", unit: "percent" },
      { text: "412,5 millones de dólares", value: "412500000", qualifier: "exact", unit: "USD" },
    ],
  ],
  ["Los ataques comenzaron el 2 de septiembre de 2025 y seguirán hasta 2026.", []],
  [
    "Docenas de personas y un centenar de soldados; medio centenar de muertos.",
    [
      { text: "un centenar de soldados", value: "100", qualifier: "approximately", unit: "soldados" },
      { text: "medio centenar de muertos", value: "50", qualifier: "approximately", unit: "people" },
    ],
  ],
];

describe("extractFigures on the traps of issue 12", () => {
  it.each(TRAPS)("%s", (sentence, expected) => {
    const got = extractFigures(sentence);
    expect(
      got.map((c) => ({
        text: c.text,
        qualifier: c.qualifier,
        unit: c.unit,
        ...(c.value !== null ? { value: c.value } : { low: c.low, high: c.high }),
      })),
    ).toEqual(
      expected.map((e) => ({
        text: e.text,
        qualifier: e.qualifier,
        unit: e.unit,
        ...(e.value !== undefined ? { value: e.value } : { low: e.low, high: e.high }),
      })),
    );
    for (const c of got) expect(sentence.slice(c.start, c.end)).toBe(c.text);
  });

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
