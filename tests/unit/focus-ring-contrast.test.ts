// The focus ring must stand out from what it sits on: WCAG 2.2 asks ≥ 3:1 for a focus indicator.
// Read from the stylesheet itself, so changing the colour there is what this test checks.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const css = readFileSync(new URL("../../app/globals.css", import.meta.url), "utf8");
const variable = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, "i").exec(css)?.[1];

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe("focus ring", () => {
  it("every focusable element's outline uses --focus", () => {
    expect(css).toMatch(/:focus-visible[^{]*\{\s*outline: 3px solid var\(--focus\)/);
  });

  it.each(["panel", "bg"])("--focus has at least 3:1 contrast against --%s", (background) => {
    const ring = variable("focus")!;
    expect(contrast(ring, variable(background)!)).toBeGreaterThanOrEqual(3);
  });

  it("the old ring colour would not pass (the test can fail)", () => {
    expect(contrast("#7ab3f0", "#ffffff")).toBeLessThan(3);
  });
});
