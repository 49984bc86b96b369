import "server-only";
// The read replicas (DATABASE_REPLICA_URLS) and what this process knows about each: whether it
// answers, and how far its replay is behind the primary. One probe a second asks them all (a
// primary LSN, then one small query per replica); readers only look at the cached answer, so
// routing a read costs nothing. A replica that is down, or further behind than
// TALLY_REPLICA_MAX_LAG seconds, is skipped until a probe finds it well again. A query that fails
// on a replica for want of it marks it down at once (lib/db/read-db.ts, read-pool.ts).
import pg from "pg";
import { replicaMaxLagSeconds, replicaUrls } from "../env";
import { logger } from "../log/logger";
import { getPgPool } from "./pg-pool";

export type Replica = {
  index: number;
  url: string;
  isUp: boolean;
  /** seconds behind the primary at the last probe (0: replayed everything the primary had) */
  lagSeconds: number;
  /** pg_last_wal_replay_lsn() at the last probe */
  replayLsn: string | null;
  checkedAt: number;
  probe: pg.Pool;
  /** this replica's Prisma client and pools, made on first use (read-db.ts, read-pool.ts) */
  handles: { prisma?: { $disconnect: () => Promise<void> }; pools: Map<string, pg.Pool> };
};

const PROBE_EVERY_MS = 1_000;
const PROBE_TIMEOUT_MS = 900;
/** A probe answer older than this (the probe itself stuck) counts as "not known to be well". */
const STALE_AFTER_MS = 10_000;

type ReplicaSet = {
  key: string;
  replicas: Replica[];
  timer?: NodeJS.Timeout;
  probing?: Promise<void>;
  firstProbe?: Promise<void>;
};
const g = globalThis as unknown as { tallyReplicaSet?: ReplicaSet };

// Behind = the age of the newest transaction it has replayed, unless it has replayed everything
// the primary had written before the probe (then 0). That age overstates the lag (the first
// unreplayed commit is younger), which errs on the side of skipping.
const REPLICA_STATE_SQL = `
  SELECT pg_is_in_recovery() AS is_standby,
         pg_last_wal_replay_lsn()::text AS replay_lsn,
         coalesce(pg_last_wal_replay_lsn() >= coalesce($1::pg_lsn, pg_last_wal_receive_lsn()), true) AS is_caught_up,
         extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp())::float8 AS behind_seconds`;

function replicaSet(): ReplicaSet {
  const urls = replicaUrls();
  const key = urls.join(",");
  if (g.tallyReplicaSet?.key === key) return g.tallyReplicaSet;
  if (g.tallyReplicaSet) stopReplicaProbe();
  const replicas = urls.map((url, index): Replica => ({
    index,
    url,
    isUp: false,
    lagSeconds: Infinity,
    replayLsn: null,
    checkedAt: 0,
    handles: { pools: new Map() },
    probe: quietPool(
      new pg.Pool({
        connectionString: url,
        max: 1,
        connectionTimeoutMillis: PROBE_TIMEOUT_MS,
        query_timeout: PROBE_TIMEOUT_MS,
        application_name: "tally-replica-probe",
      }),
    ),
  }));
  g.tallyReplicaSet = { key, replicas };
  return g.tallyReplicaSet;
}

/** An idle connection that dies (the replica stopped) must not become an uncaught error. */
function quietPool(pool: pg.Pool): pg.Pool {
  pool.on("error", () => {});
  return pool;
}

async function probeOne(replica: Replica, primaryLsn: string | null): Promise<void> {
  const wasWell = isWell(replica);
  try {
    const { rows } = await replica.probe.query<{
      is_standby: boolean;
      replay_lsn: string | null;
      is_caught_up: boolean;
      behind_seconds: number | null;
    }>(REPLICA_STATE_SQL, [primaryLsn]);
    const row = rows[0]!;
    replica.isUp = true;
    replica.replayLsn = row.replay_lsn;
    replica.lagSeconds = !row.is_standby || row.is_caught_up ? 0 : (row.behind_seconds ?? Infinity);
  } catch {
    replica.isUp = false;
  }
  replica.checkedAt = Date.now();
  if (wasWell !== isWell(replica)) {
    const where = new URL(replica.url).host;
    if (isWell(replica)) logger.info({ replica: where }, "read replica in use");
    else
      logger.warn(
        { replica: where, isUp: replica.isUp, lagSeconds: replica.lagSeconds },
        "read replica skipped (down or behind)",
      );
  }
}

async function probeAll(set: ReplicaSet): Promise<void> {
  // The primary's position first: a replica that has replayed up to it is not behind at all.
  const primaryLsn = await getPgPool()
    .query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn")
    .then((r) => r.rows[0]!.lsn)
    .catch(() => null);
  await Promise.all(set.replicas.map((r) => probeOne(r, primaryLsn)));
}

function isWell(replica: Replica): boolean {
  return (
    replica.isUp && replica.lagSeconds <= replicaMaxLagSeconds() && Date.now() - replica.checkedAt < STALE_AFTER_MS
  );
}

/** The replicas a lag-tolerant read may use right now (none configured or none well: empty). */
export async function wellReplicas(): Promise<Replica[]> {
  const set = replicaSet();
  if (set.replicas.length === 0) return [];
  if (!set.timer) {
    const tick = () => {
      set.probing ??= probeAll(set).finally(() => (set.probing = undefined));
      return set.probing;
    };
    set.firstProbe = tick();
    set.timer = setInterval(() => void tick(), PROBE_EVERY_MS);
    set.timer.unref?.();
  }
  // The very first reads wait for the first answer rather than guess.
  await set.firstProbe;
  return set.replicas.filter(isWell);
}

/** A query on this replica failed for want of it: skip it until the probe finds it answering. */
export function markReplicaDown(replica: Replica): void {
  if (!replica.isUp) return;
  replica.isUp = false;
  logger.warn({ replica: new URL(replica.url).host }, "read replica unreachable; reading from the primary");
}

/**
 * Waits (at most `timeoutMs`) until every replica in use has replayed the primary up to `lsn`, so
 * that a reader told about a change (live updates) and reading it from a replica finds it there.
 * A replica that does not get there in time is left to the lag bound.
 */
export async function waitForReplay(opts: { lsn: string; timeoutMs?: number }): Promise<void> {
  const until = Date.now() + (opts.timeoutMs ?? 2_000);
  let waiting = (await wellReplicas()).filter((r) => r.isUp);
  while (waiting.length > 0 && Date.now() < until) {
    const done = await Promise.all(
      waiting.map((r) =>
        r.probe
          .query<{ ok: boolean }>("SELECT coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, true) AS ok", [opts.lsn])
          .then((res) => res.rows[0]!.ok)
          .catch(() => true),
      ),
    );
    waiting = waiting.filter((_, i) => !done[i]);
    if (waiting.length > 0) await new Promise((r) => setTimeout(r, 20));
  }
}

/** Stops the probe and closes the replicas' connections (tests, shutdown); the next read starts again. */
export function stopReplicaProbe(): void {
  const set = g.tallyReplicaSet;
  if (!set) return;
  clearInterval(set.timer);
  for (const r of set.replicas) {
    void r.probe.end().catch(() => {});
    void r.handles.prisma?.$disconnect().catch(() => {});
    for (const pool of r.handles.pools.values()) void pool.end().catch(() => {});
  }
  g.tallyReplicaSet = undefined;
}

/** What /api/health and the tests see: each replica's state. */
export function replicaStates(): { host: string; isUp: boolean; lagSeconds: number; isUsed: boolean }[] {
  return (g.tallyReplicaSet?.replicas ?? []).map((r) => ({
    host: new URL(r.url).host,
    isUp: r.isUp,
    lagSeconds: r.lagSeconds,
    isUsed: isWell(r),
  }));
}
