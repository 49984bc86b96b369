// Runs after Playwright's webServer is up (so migrations have run): creates the test accounts
// in the e2e database through the same `npm run user:create` an admin would use.
import { execFileSync } from "node:child_process";
import { embeddedUrl } from "../../lib/db/embedded";
import { env } from "../../lib/env";
import { E2E_PASSWORD, E2E_USERS } from "./users";

export default function globalSetup() {
  const databaseUrl = env.TEST_DATABASE_URL ?? embeddedUrl(env.E2E_PG_PORT);
  for (const user of Object.values(E2E_USERS)) {
    execFileSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "--conditions=react-server",
        "scripts/user-create.ts",
        "--email",
        user.email,
        "--name",
        user.name,
        "--role",
        user.role,
        "--password",
        E2E_PASSWORD,
        "--if-missing",
      ],
      { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "inherit" },
    );
  }
}
