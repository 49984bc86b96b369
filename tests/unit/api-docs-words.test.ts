// The API docs page says every route's summary, every answer and every field's and CSV column's
// description in the reader's language: each English text in the OpenAPI document has its
// catalogue entry (so a new route or field cannot slip by in English), and the Spanish keeps the
// parts made from data (the CSV's columns, the zip's tables).
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi-document";
import { OBSERVATION_COLUMNS } from "@/lib/csv/observations-sql";
import { makeKeyOfEnglish } from "@/lib/i18n/key-of-english";
import { createTranslator } from "next-intl";
import { MESSAGES } from "@/lib/i18n/messages";

type Op = { summary?: string; responses: Record<string, { description: string }> };
const doc = openApiDocument() as unknown as { paths: Record<string, Record<string, Op>> };
const ops = Object.values(doc.paths).flatMap((byMethod) => Object.values(byMethod));
const summaryKey = makeKeyOfEnglish(MESSAGES.en.apiDocs.summaries);
const answerKey = makeKeyOfEnglish(MESSAGES.en.apiDocs.answerTexts);
const fieldKey = makeKeyOfEnglish(MESSAGES.en.apiDocs.fieldTexts);
const es = createTranslator({ locale: "es", messages: MESSAGES.es, namespace: "apiDocs" });

describe("the API docs' words", () => {
  it("every route summary and every answer of the document has a catalogue entry", () => {
    expect(ops.filter((op) => op.summary && !summaryKey(op.summary)).map((op) => op.summary)).toEqual([]);
    const answers = ops.flatMap((op) => Object.values(op.responses).map((r) => r.description));
    expect(answers.filter((a) => a !== "text/event-stream" && !answerKey(a))).toEqual([]);
  });

  it("every field, parameter and shape description, and every CSV column's, has a catalogue entry", () => {
    const descriptions: string[] = OBSERVATION_COLUMNS.map((c) => c.description);
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) return x.forEach(walk);
      if (!x || typeof x !== "object") return;
      for (const [k, v] of Object.entries(x)) {
        if (k === "description" && typeof v === "string") descriptions.push(v);
        else walk(v);
      }
    };
    // (info.description is the page's own intro, in the catalogue as `intro`.)
    const { paths, components } = openApiDocument() as { paths: unknown; components: unknown };
    walk([paths, components]);
    expect(descriptions.length).toBeGreaterThan(100);
    const unknown = descriptions.filter((d) => d && d !== "text/event-stream" && !answerKey(d) && !fieldKey(d));
    expect(unknown).toEqual([]);
    // Each reads differently in Spanish (none left in English by copying it).
    const same = Object.entries(MESSAGES.en.apiDocs.fieldTexts).filter(
      ([key, en]) => es(`fieldTexts.${key as keyof typeof MESSAGES.en.apiDocs.fieldTexts}`) === en,
    );
    expect(same).toEqual([]);
    expect(es(`fieldTexts.${fieldKey("Only figures with this topic.")!.key}`)).toBe("Solo las cifras con este tema.");
    expect(es(`fieldTexts.${fieldKey("Edit counter (optimistic concurrency).")!.key}`)).toBe(
      "Contador de ediciones (concurrencia optimista).",
    );
  });

  it("reads them in Spanish, keeping the names made from data", () => {
    const zip = ops.find((op) => op.summary?.startsWith("The whole dataset"))!.summary!;
    const found = summaryKey(zip)!;
    expect(es(`summaries.${found.key}`, found.params)).toMatch(
      /^Todo el conjunto de datos: `observations.csv`, .*`events.csv` y un `datapackage.json` de Frictionless/,
    );
    const found404 = answerKey("Not found.")!;
    expect(es(`answerTexts.${found404.key}`, found404.params)).toBe("No encontrado.");
  });
});
