// The import boundaries are checked by a machine: ESLint's Node API lints fixtures as if they
// sat in app/, components/ or lib/, and a deliberate violation must fail with the boundary rule
// while the allowed way passes. If the rule were switched off or mis-configured, this fails.
import { readFileSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const eslint = new ESLint({ cwd: ROOT });

async function lintAs(fixture: string, pretendPath: string) {
  const code = readFileSync(path.join(ROOT, "tests/fixtures/lint", fixture), "utf8");
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, pretendPath) });
  return result!.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe("import boundaries (eslint.config.mjs)", () => {
  it.each([
    ["reads-the-database.ts", "app/lint-fixture/page.tsx", "app/ reaches data only through lib verbs"],
    ["reads-the-database.ts", "components/lint-fixture/widget.tsx", "components/ may not import app/ or lib/db"],
    ["imports-a-page.ts", "components/lint-fixture/widget.tsx", "components/ may not import app/ or lib/db"],
    ["imports-a-page.ts", "lib/lint-fixture/verb.ts", "lib/ may not import app/ or components/"],
    ["imports-generated-client.ts", "lib/figures/lint-fixture.ts", "Only lib/db imports Prisma's generated client"],
    ["imports-generated-client.ts", "scripts/lint-fixture.ts", "Only lib/db imports Prisma's generated client"],
  ])(
    "%s in %s fails",
    async (fixture, where, message) => {
      const errors = await lintAs(fixture, where);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.join("\n")).toContain("boundaries/dependencies");
      expect(errors.join("\n")).toContain(message);
    },
    60_000,
  );

  it.each([
    ["uses-a-verb.ts", "app/lint-fixture/page.tsx"],
    ["reads-the-database.ts", "lib/figures/lint-fixture.ts"],
    ["imports-generated-client.ts", "lib/db/lint-fixture.ts"],
  ])(
    "%s in %s passes",
    async (fixture, where) => {
      expect(await lintAs(fixture, where)).toEqual([]);
    },
    60_000,
  );
});
