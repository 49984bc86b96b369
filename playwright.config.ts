// End-to-end tests: a real Chromium (Debian's, since Playwright cannot download browsers here)
// against a production build served by `npm start`'s script on its own port and fresh database.
import { defineConfig, devices } from "@playwright/test";
import { env } from "./lib/env";
import { E2E_AUTH_SECRET } from "./tests/e2e/users";

const PORT = env.E2E_PORT;
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  globalSetup: "./tests/e2e/global-setup.ts",
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!env.CI,
  retries: env.CI ? 1 : 0,
  reporter: "list",
  // Budgets for a busy 2-core laptop (a build, a type check and another browser beside the suite):
  // a step waits for what a reader would see for up to 20 s, a test gets 90 s in all.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  use: {
    baseURL,
    trace: "on-first-retry",
    launchOptions: { executablePath: env.CHROMIUM_PATH },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "npx tsx --conditions=react-server scripts/start.ts --fresh --build",
    url: `${baseURL}/api/health`,
    timeout: 600_000, // the first build on a busy 2-core laptop
    reuseExistingServer: false,
    env: {
      TALLY_DATA_DIR: ".data/e2e",
      TALLY_PG_PORT: String(env.E2E_PG_PORT),
      PORT: String(PORT),
      NEXT_TELEMETRY_DISABLED: "1",
      // The webhook spec delivers to this machine; intranet targets must be allowed by name.
      TALLY_WEBHOOK_ALLOW: "127.0.0.1",
      // As behind one proxy, with one secret: two-servers.spec.ts starts a second app server on this
      // database with the same settings, and names client addresses in X-Forwarded-For.
      AUTH_SECRET: E2E_AUTH_SECRET,
      TALLY_TRUSTED_PROXIES: "1",
      ...(env.TEST_DATABASE_URL ? { DATABASE_URL: env.TEST_DATABASE_URL } : {}),
    },
  },
});
