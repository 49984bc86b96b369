import { availableParallelism } from "node:os";
import path from "node:path";
import { configDefaults, defineConfig } from "vitest/config";

const root = import.meta.dirname;

// Files that run the job queue's workers, or whose webhooks and deliveries those workers would
// take: a worker's sweep sends every pending delivery in the database, so these run one at a time,
// after the others (a sweep in one file must not deliver another file's webhook mid-test).
const JOB_QUEUE_FILES = [
  "tests/integration/monitoring-webhooks.test.ts",
  "tests/integration/monitoring-alerts.test.ts",
  "tests/integration/webhook-ssrf.test.ts",
  "tests/integration/figure-changed-webhook.test.ts",
];

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Next.js resolves "server-only" to an empty module on the server; so do we in tests.
      "server-only": path.join(root, "tests/setup/server-only.ts"),
    },
  },
  test: {
    globalSetup: ["tests/setup/global-setup.ts"],
    setupFiles: ["tests/setup/database-url.ts", "tests/setup/next-request.ts"],
    pool: "forks",
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "parallel",
          include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts", "lib/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...JOB_QUEUE_FILES],
          // Vitest's default is one file at a time on two cores (cores − 1). Integration files spend
          // much of their time waiting on PostgreSQL, so two at once finish the suite in about half
          // the time (134–146 s against 251 s here); every file's data is its own (unique slugs,
          // counts scoped to the test), so they may overlap.
          maxWorkers: Math.max(2, availableParallelism() - 1),
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: { name: "job-queue", include: JOB_QUEUE_FILES, fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
