import { describe, expect, it } from "vitest";
import { pageQueryProblem } from "./check-page-query";

const at = (path: string) => pageQueryProblem(new URL(path, "http://tally.test"));

describe("pageQueryProblem", () => {
  it.each(["/", "/?page=2", "/?q=boats&topic=haiti", "/figures/a-b?asOf=2025-10-01", "/?page="])(
    "accepts %s",
    (path) => {
      expect(at(path)).toBeNull();
    },
  );

  it.each([
    ["/?page=-1", "page"],
    ["/?page=0", "page"],
    ["/?page=1.5", "page"],
    ["/?page=NaN", "page"],
    ["/?page=2147483648", "page"],
    [`/?topic=${"t".repeat(81)}`, "topic"],
    [`/?q=${"q".repeat(5000)}`, "q"],
    ["/?q=a%00b", "q"],
    ["/?topic=%00", "topic"],
    ["/figures/a%00b", "NUL"],
    ["/figures/x?asOf=0000-01-01", "asOf"],
    ["/%E0%A4%A", "escape"],
  ])("refuses %s", (path, word) => {
    expect(at(path)).toContain(word);
  });
});
