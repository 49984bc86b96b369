// The README is the manual: every setting lib/env.ts reads and every npm script must appear in
// it, so a new variable or command cannot ship undocumented (datasette's docs-coverage test).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");
const readme = read("README.md");

describe("README covers", () => {
  it("every environment variable in lib/env.ts", () => {
    const source = read("lib/env.ts");
    const schema = source.slice(
      source.indexOf("const ZEnv = z.object({"),
      source.indexOf("});", source.indexOf("const ZEnv")),
    );
    const names = [...schema.matchAll(/^\s+([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(5);
    expect(names.filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
  });

  it("every npm script in package.json", () => {
    const scripts = Object.keys(JSON.parse(read("package.json")).scripts as Record<string, string>);
    const isMentioned = (name: string) =>
      readme.includes(`npm run ${name}`) || readme.includes(`npm ${name}`) || readme.includes(`\`${name}\``);
    expect(scripts.filter((name) => !isMentioned(name))).toEqual([]);
  });
});
