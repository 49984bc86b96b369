import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { displayCell, fillDisplayColumn } from "./display-column";

const hex = (s: string) => Buffer.from(s, "utf8").toString("hex");
const COPY =
  `at_least~253000~~~${hex("people")},a,"quoted, with ""quotes""\nand a newline",z\n` +
  `range~~12~15~${hex("people")},b,plain,z\n` +
  `exact~-3.5~~~${hex("percent")},c,"=1+1",z\n`;

describe("the display column", () => {
  it.each([
    ["at_least~253000~~~" + hex("people"), '"at least 253,000 people"'],
    ["range~~12~15~" + hex("people"), "between 12 and 15 people"],
    ["exact~-3.5~~~" + hex("people"), "'-3.5 people"],
    ["more_than~700000000~~~" + hex("USD"), "more than $700 million"],
  ])("%s → %s", (token, cell) => {
    expect(displayCell(token)).toBe(cell);
  });

  it.each([1, 2, 3, 7, 64, 100_000])("is filled in whatever chunks COPY sends (%i bytes)", async (size) => {
    const bytes = Buffer.from(COPY);
    const chunks = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
      bytes.subarray(i * size, (i + 1) * size),
    );
    const out = await text(Readable.from(chunks).pipe(fillDisplayColumn()));
    expect(out).toBe(
      `"at least 253,000 people",a,"quoted, with ""quotes""\nand a newline",z\n` +
        `between 12 and 15 people,b,plain,z\n` +
        `'-3.5%,c,"=1+1",z\n`,
    );
  });
});
