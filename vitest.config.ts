import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Next.js resolves "server-only" to an empty module on the server; so do we in tests.
      "server-only": path.join(root, "tests/setup/server-only.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts", "lib/**/*.test.ts"],
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/database-url.ts", "tests/setup/next-request.ts"],
    pool: "forks",
    // Vitest's default is one file at a time on two cores (cores − 1). Integration files spend much
    // of their time waiting on PostgreSQL, so two at once finish the suite in about half the time
    // (134–138 s against 251 s here); every file's data is its own (unique slugs, counts scoped to
    // the test), so they may overlap.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
