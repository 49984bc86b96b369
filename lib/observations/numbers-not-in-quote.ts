// The quote check: is the number being logged in the sentence quoted for it? Read with the same
// parser that proposes numbers (lib/extract), so "at least 43" holds 43 and whatever the parser
// learns (Spanish "230 millones", …) counts here too. Pure: the server warns, the browser may too.
import { extractFigures } from "../extract/extract-figures";
import { compareDecimal } from "../values/decimal";

/** The value or bounds being logged that no number the parser reads in the quote equals. */
export function numbersNotInQuote(
  quote: string,
  mine: { value: string | null; low: string | null; high: string | null },
): string[] {
  const spoken = extractFigures(quote)
    .flatMap((c) => [c.value, c.low, c.high])
    .filter((n): n is string => n !== null);
  const logged = [mine.value, mine.low, mine.high].filter((n): n is string => n !== null);
  return logged.filter((n) => !spoken.some((s) => compareDecimal(s, n) === 0));
}

export function quoteMismatchMessage(quote: string, missing: string[]): string {
  const found = [...new Set(extractFigures(quote).map((c) => c.text))];
  const what = missing.length === 1 ? `${missing[0]}` : missing.join(" and ");
  const tail = found.length
    ? ` It reads ${found.map((t) => `“${t}”`).join(", ")}.`
    : " It has no number Tally can read.";
  return `The quote does not contain ${what}.${tail}`;
}
