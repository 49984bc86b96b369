import { describe, expect, it } from "vitest";
import { numbersNotInQuote, quoteMismatchMessage } from "./numbers-not-in-quote";

const none = { value: null, low: null, high: null };

describe("numbersNotInQuote", () => {
  it.each([
    ["At least 43 people died.", { ...none, value: "43" }, []],
    ["The toll rose to 253,000.", { ...none, value: "253000" }, []],
    ["The toll rose to 253,000.", { ...none, value: "253000.00" }, []],
    ["The quote says 62 people died.", { ...none, value: "61" }, ["61"]],
    ["between 12 and 15 drones", { ...none, low: "12", high: "15" }, []],
    ["between 12 and 15 drones", { ...none, low: "12", high: "16" }, ["16"]],
    ["US aid fell to $230 million.", { ...none, value: "230000000" }, []],
    ["No number here at all.", { ...none, value: "5" }, ["5"]],
  ])("%s / %o → %o", (quote, mine, missing) => {
    expect(numbersNotInQuote(quote, mine)).toEqual(missing);
  });

  it("says what the quote does contain", () => {
    expect(quoteMismatchMessage("At least 62 people died.", ["61"])).toBe(
      "The quote does not contain 61. It reads “At least 62 people”.",
    );
    expect(quoteMismatchMessage("Nothing.", ["61"])).toBe(
      "The quote does not contain 61. It has no number Tally can read.",
    );
  });
});
