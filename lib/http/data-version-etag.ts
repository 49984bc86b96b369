import "server-only";
// A strong ETag for answers streamed from PostgreSQL (CSV), which cannot be hashed before they are
// sent: the URL, the day (it is in the file name) and the state of the data. Every write writes a
// revision, so the newest revision id moves with every change; the snapshot's xmin (the oldest
// transaction still running) moves when a transaction that took a lower id commits after a higher
// one. Unrelated transactions move it too: that only costs a cache miss, never a stale answer.
import { getPgPool } from "../db/pg-pool";
import { etagOf } from "./read-headers";

export async function dataVersionEtag(opts: { url: string; today?: string }): Promise<string> {
  const { rows } = await getPgPool().query<{ version: string }>(
    "SELECT coalesce((SELECT max(id) FROM revision), 0)::text || ':' || pg_snapshot_xmin(pg_current_snapshot())::text AS version",
  );
  const day = opts.today ?? new Date().toISOString().slice(0, 10);
  return etagOf(`${opts.url}\n${day}\n${rows[0]!.version}`);
}
