// A database that lives for one run (a test run, a shadow database for the drift check):
// created on an existing server, dropped WITH (FORCE) afterwards, since a pool may linger.
import { randomBytes } from "node:crypto";
import pg from "pg";

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createTemporaryDatabase(opts: {
  serverUrl: string;
  prefix: string;
}): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${opts.prefix}_${randomBytes(6).toString("hex")}`;
  await onServer(opts.serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(opts.serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onServer(opts.serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
