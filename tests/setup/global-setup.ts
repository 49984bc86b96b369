// Once per `vitest run`: a real PostgreSQL with the real migrations applied.
// TEST_DATABASE_URL set → a fresh database on that server (dropped afterwards);
// otherwise → a throwaway embedded PostgreSQL in a temp dir.
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";
import { env } from "../../lib/env";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

async function onServer(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject) {
  let databaseUrl: string;
  let teardown: () => Promise<void>;
  if (env.TEST_DATABASE_URL) {
    const name = `tally_test_${randomBytes(4).toString("hex")}`;
    await onServer(env.TEST_DATABASE_URL, `CREATE DATABASE ${name}`);
    const url = new URL(env.TEST_DATABASE_URL);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    teardown = () => onServer(env.TEST_DATABASE_URL!, `DROP DATABASE ${name} WITH (FORCE)`);
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), "tally-test-pg-"));
    chmodSync(dir, 0o755); // as root, PostgreSQL runs as the `postgres` user and must reach its data dir
    const server = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: await freePort() });
    databaseUrl = server.url;
    teardown = async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  await migrate({ databaseUrl });
  project.provide("databaseUrl", databaseUrl);
  return teardown;
}
