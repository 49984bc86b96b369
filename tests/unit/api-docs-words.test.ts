// The API docs page says every route's summary and every answer in the reader's language: each
// English text in the OpenAPI document has its catalogue entry (so a new route cannot slip by in
// English), and the Spanish keeps the parts made from data (the CSV's columns, the zip's tables).
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi-document";
import { makeKeyOfEnglish } from "@/lib/i18n/key-of-english";
import { createTranslator } from "next-intl";
import { MESSAGES } from "@/lib/i18n/messages";

type Op = { summary?: string; responses: Record<string, { description: string }> };
const doc = openApiDocument() as unknown as { paths: Record<string, Record<string, Op>> };
const ops = Object.values(doc.paths).flatMap((byMethod) => Object.values(byMethod));
const summaryKey = makeKeyOfEnglish(MESSAGES.en.apiDocs.summaries);
const answerKey = makeKeyOfEnglish(MESSAGES.en.apiDocs.answerTexts);
const es = createTranslator({ locale: "es", messages: MESSAGES.es, namespace: "apiDocs" });

describe("the API docs' words", () => {
  it("every route summary and every answer of the document has a catalogue entry", () => {
    expect(ops.filter((op) => op.summary && !summaryKey(op.summary)).map((op) => op.summary)).toEqual([]);
    const answers = ops.flatMap((op) => Object.values(op.responses).map((r) => r.description));
    expect(answers.filter((a) => a !== "text/event-stream" && !answerKey(a))).toEqual([]);
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
