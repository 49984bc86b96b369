// ESLint (flat config): typescript-eslint, Next's rules (core web vitals) and the house's import
// boundaries (eslint-plugin-boundaries), checked by `npm run lint` in CI. The boundaries:
//   app/ may not import lib/db;  components/ may not import app/ or lib/db;
//   lib/ may not import app/ or components/;  only lib/db imports Prisma's generated client.
// tests/unit/lint-boundaries.test.ts proves a violation fails (fixtures in tests/fixtures/lint).
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import boundaries from "eslint-plugin-boundaries";

/** Where each room starts; the first pattern that matches a file names its room. */
export const ROOMS = [
  { type: "db-generated", pattern: "lib/db/generated/**", partialMatch: false },
  { type: "db", pattern: "lib/db/**", partialMatch: false },
  { type: "lib", pattern: "lib/**", partialMatch: false },
  { type: "app", pattern: "app/**", partialMatch: false },
  { type: "components", pattern: "components/**", partialMatch: false },
  { type: "outside", pattern: "{scripts,tests,bench,prisma}/**", partialMatch: false },
  { type: "outside", pattern: "*.{ts,mts,mjs}", partialMatch: false },
];

const room = (type) => ({ to: { element: { type } } });

export const BOUNDARY_POLICIES = [
  {
    from: { element: { type: "app" } },
    disallow: [room("db"), room("db-generated")],
    message: "app/ reaches data only through lib verbs, never lib/db.",
  },
  {
    from: { element: { type: "components" } },
    disallow: [room("app"), room("db"), room("db-generated")],
    message: "components/ may not import app/ or lib/db: take data and actions as props.",
  },
  {
    from: { element: { type: "lib" } },
    disallow: [room("app"), room("components")],
    message: "lib/ may not import app/ or components/.",
  },
  {
    from: { element: { types: { anyOf: ["lib", "app", "components", "outside"] } } },
    disallow: [room("db-generated")],
    message: "Only lib/db imports Prisma's generated client; import its types from lib/db/client.",
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.{js,jsx,mjs,ts,tsx,mts}"],
    plugins: { boundaries },
    settings: {
      "boundaries/elements": ROOMS,
      "boundaries/include": ["**/*.{ts,tsx,mts,mjs}"],
      "import/resolver": { typescript: { project: "./tsconfig.json" }, node: true },
    },
    rules: {
      "boundaries/dependencies": [2, { default: "allow", policies: BOUNDARY_POLICIES }],
      // Plain apostrophes in JSX text are fine in React 19; /api/docs is a route, not a page.
      "react/no-unescaped-entities": "off",
      "@next/next/no-html-link-for-pages": "off",
      // The React Compiler's rules (react-hooks 7) flag patterns the components predate (a ref
      // holding the latest callback, state reset from an action's answer). Warnings until each
      // is rewritten and checked in the browser; they do not fail CI.
      "react-hooks/refs": "warn",
      "react-hooks/purity": "warn",
      "react-hooks/set-state-in-effect": "warn",
      // House rules that the tree follows; `_name` marks a value left out on purpose.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  // CommonJS scripts (loaded with node --require) use require.
  { files: ["**/*.cjs"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  globalIgnores([
    ".next/**",
    ".data/**",
    "node_modules/**",
    "lib/db/generated/**",
    "bench/out/**",
    "bench/next-baseline/.next/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
    // Deliberate violations, linted by tests/unit/lint-boundaries.test.ts as if they sat elsewhere.
    "tests/fixtures/lint/**",
  ]),
]);
