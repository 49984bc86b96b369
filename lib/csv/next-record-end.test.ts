import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { nextRecordEnd } from "./next-record-end";
import { toCrlf } from "./stream-copy";

const COPY = `a,"quoted, with ""quotes""\nand a newline",z\nb,plain,z\n"c\n",d\n`;

describe("record ends in COPY's CSV", () => {
  it("finds the \\n that ends each record, not one inside quotes", () => {
    const buf = Buffer.from(COPY);
    const quotes = { isInside: false };
    const ends: number[] = [];
    for (let n = nextRecordEnd(buf, 0, quotes); n >= 0; n = nextRecordEnd(buf, n + 1, quotes)) ends.push(n);
    expect(ends.map((n) => COPY.slice(0, n).split("\n").length)).toEqual([2, 3, 5]);
    expect(quotes.isInside).toBe(false);
  });

  it.each([1, 2, 3, 7, 64])(
    "toCrlf ends records with \\r\\n in whatever chunks COPY sends (%i bytes)",
    async (size) => {
      const bytes = Buffer.from(COPY);
      const chunks = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
        bytes.subarray(i * size, (i + 1) * size),
      );
      expect(await text(Readable.from(chunks).pipe(toCrlf()))).toBe(
        `a,"quoted, with ""quotes""\nand a newline",z\r\nb,plain,z\r\n"c\n",d\r\n`,
      );
    },
  );
});
