import { describe, expect, it } from "vitest";
import { clipQuote, MAX_QUOTE_CHARS } from "./clip-quote";

describe("clipQuote", () => {
  it("keeps a short sentence whole", () => {
    expect(clipQuote("At least 43 people died.", { start: 0, end: 24 }, { start: 0, end: 18 })).toEqual({
      start: 0,
      end: 24,
    });
  });

  it("clips a long sentence to a window of whole words around the number", () => {
    const text = `${"word ".repeat(300)}at least 43 people ${"more ".repeat(300)}`.trim();
    const at = text.indexOf("at least");
    const span = clipQuote(text, { start: 0, end: text.length }, { start: at, end: at + 18 });
    const quote = text.slice(span.start, span.end);
    expect(quote.length).toBeLessThanOrEqual(MAX_QUOTE_CHARS);
    expect(quote).toContain("at least 43 people");
    expect(quote).toMatch(/^(word|at) .* (more|people)$/);
  });
});
