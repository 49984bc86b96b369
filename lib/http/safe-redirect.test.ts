import { describe, expect, it } from "vitest";
import { safeRedirect } from "./safe-redirect";

describe("safeRedirect", () => {
  it.each([
    ["/", "/"],
    ["/review", "/review"],
    ["/figures/a-b?asOf=2025-01-01#table", "/figures/a-b?asOf=2025-01-01#table"],
    ["/search?q=%5C", "/search?q=%5C"],
    ["/%5Cevil.example/x", "/%5Cevil.example/x"],
  ])("keeps the path %j", (target, expected) => {
    expect(safeRedirect(target)).toBe(expected);
  });

  it.each([
    ["a backslash (?next=/%5Cevil.example/x)", "/\\evil.example/x"],
    ["a tab (?next=/%09/evil.example)", "/\t/evil.example"],
    ["a newline", "/\n/evil.example"],
    ["a NUL", "/\u0000/x"],
    ["a C1 control", "/\u0085/x"],
    ["two slashes", "//evil.example/x"],
    ["slash backslash", "/\\/evil.example"],
    ["a dot segment to two slashes", "/.//evil.example"],
    ["another origin", "https://evil.example/x"],
    ["a scheme", "javascript:alert(1)"],
    ["a relative path", "review"],
    ["a leading space", " /x"],
    ["empty", ""],
    ["not a string", 42],
    ["too long", `/${"a".repeat(3000)}`],
  ])("refuses %s", (_name, target) => {
    expect(safeRedirect(target, "/fallback")).toBe("/fallback");
  });
});
