// Once per `vitest run`: a real PostgreSQL with the real migrations applied.
// TEST_DATABASE_URL set → a fresh database on that server (dropped afterwards);
// otherwise → a throwaway embedded PostgreSQL in a temp dir.
import type { TestProject } from "vitest/node";
import { startThrowawayPostgres } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";
import { createTemporaryDatabase } from "../../lib/db/temporary-database";
import { env } from "../../lib/env";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const { url, teardown } = env.TEST_DATABASE_URL
    ? await createTemporaryDatabase({ serverUrl: env.TEST_DATABASE_URL, prefix: "tally_test" }).then((db) => ({
        url: db.url,
        teardown: db.drop,
      }))
    : await startThrowawayPostgres({ prefix: "tally-test-pg" }).then((embedded) => ({
        url: embedded.url,
        teardown: embedded.stop,
      }));
  await migrate({ databaseUrl: url });
  project.provide("databaseUrl", url);
  return teardown;
}
