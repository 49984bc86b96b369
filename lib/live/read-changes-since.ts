import "server-only";
// What the live_change log holds after an event id, for a page or a listener that reconnects.
// Ids are taken when a transaction inserts and become visible when it commits, so a change with a
// slightly lower id may commit after a higher one: the read goes back a few ids (REPLAY_OVERLAP)
// for changes of the last half minute, and readers drop ids they have already seen.
// null: the log no longer reaches back to that id (or it is not an id) — the reader must resync.
import { getPgPool } from "../db/pg-pool";
import type { LiveChange, LiveNotice } from "./publish-change";

const REPLAY_OVERLAP = 50;
const MAX_REPLAY = 1_000;
/** How long the log keeps changes; older rows are deleted whenever someone catches up. */
export const LIVE_RETENTION = "1 hour";

export async function readChangesSince(opts: { lastId: string }): Promise<LiveNotice[] | null> {
  if (!/^\d{1,18}$/.test(opts.lastId)) return null;
  const pool = getPgPool();
  await pool.query(`DELETE FROM live_change WHERE created_at < now() - interval '${LIVE_RETENTION}'`);
  const oldest = await pool.query<{ min: string | null }>("SELECT min(id)::text AS min FROM live_change");
  const min = oldest.rows[0]?.min;
  if (!min || BigInt(min) > BigInt(opts.lastId) + 1n) return null;
  const { rows } = await pool.query<{ id: string; payload: LiveChange }>(
    `SELECT id::text, payload FROM live_change
      WHERE id > $1::bigint OR (id > $1::bigint - ${REPLAY_OVERLAP} AND created_at > now() - interval '30 seconds')
      ORDER BY id LIMIT ${MAX_REPLAY + 1}`,
    [opts.lastId],
  );
  if (rows.length > MAX_REPLAY) return null;
  return rows.map((r) => ({ id: r.id, change: r.payload }));
}
