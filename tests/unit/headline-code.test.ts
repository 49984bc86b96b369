// Kept headlines (figure_headline) carry HEADLINE_CODE, and one made by other code is not used.
// So HEADLINE_CODE must change whenever the code that makes a headline does: it is a digest of
// list-figure-headlines.ts and every module it reaches in the folders that make the words and
// numbers (lib/values, lib/format, the monitoring settings, the locales), as TypeScript prints them
// without comments (so a comment or a reformat changes nothing). An edit of the code there fails
// this test until HEADLINE_CODE is set to the digest it prints, which retires every kept headline.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { HEADLINE_CODE } from "@/lib/figures/headline-code";

const ROOT = path.resolve(import.meta.dirname, "../..");
const MAKES_HEADLINES = (file: string) =>
  file.startsWith("lib/values/") ||
  file.startsWith("lib/format/") ||
  ["lib/monitoring/config.ts", "lib/monitoring/thresholds.ts", "lib/i18n/locales.ts"].includes(file);

/** list-figure-headlines.ts and the modules it reaches that make headlines, sorted. */
function headlineModules(): string[] {
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(path.join(ROOT, file), "utf8");
    for (const [, spec] of source.matchAll(/(?:import|export)[^"']*?from\s+["']([^"']+)["']/g)) {
      const base = spec!.startsWith("@/")
        ? spec!.slice(2)
        : spec!.startsWith(".")
          ? path.posix.join(path.posix.dirname(file), spec!)
          : null;
      const found =
        base && [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((f) => existsSync(path.join(ROOT, f)));
      if (found && MAKES_HEADLINES(found)) walk(found);
    }
  };
  walk("lib/figures/list-figure-headlines.ts");
  return [...seen].sort();
}

describe("HEADLINE_CODE", () => {
  it("is the digest of the code that makes headlines", () => {
    const files = headlineModules();
    expect(files).toContain("lib/values/headline.ts");
    expect(files).toContain("lib/values/interval.ts");
    const digest = createHash("sha256");
    const printer = ts.createPrinter({ removeComments: true });
    for (const file of files) {
      const source = ts.createSourceFile(file, readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.Latest);
      digest.update(`${file}\n${printer.printFile(source)}\n`);
    }
    const now = digest.digest("hex").slice(0, 16);
    expect(HEADLINE_CODE, `the headline code changed: set HEADLINE_CODE to "${now}"`).toBe(now);
  });
});
