// Read replicas against a real streaming replica this file makes itself (initdb, pg_basebackup -R;
// lib/db/replica-cluster.ts): anonymous reads come from the replica, writes and the writer's own
// reads from the primary; a replica that lags past TALLY_REPLICA_MAX_LAG or is stopped mid-run is
// skipped and no read fails. Without PostgreSQL's server binaries it fails with the reason, never skips.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { startReplicaCluster, type ReplicaCluster } from "@/lib/db/replica-cluster";
import { withRequest } from "../setup/next-request";

let cluster: ReplicaCluster;
let replicaAdmin: pg.Pool;

beforeAll(async () => {
  cluster = await startReplicaCluster({ primaryPort: await freePort(), replicaPort: await freePort() });
  await migrate({ databaseUrl: cluster.primaryUrl });
  // Every pool in this file is made after these lines.
  process.env.DATABASE_URL = cluster.primaryUrl;
  process.env.DATABASE_REPLICA_URLS = cluster.replicaUrl;
  process.env.TALLY_REPLICA_MAX_LAG = "3600";
  replicaAdmin = new pg.Pool({ connectionString: cluster.replicaUrl, max: 1 });
  replicaAdmin.on("error", () => {});
  // The migrations reach the replica by replication, like everything else.
  await waitFor(
    async () => (await replicaAdmin.query("SELECT to_regclass('public.figure') IS NOT NULL AS ok")).rows[0].ok === true,
  );
  // Warm up Prisma's query compiler on this new client: on a loaded machine the very first
  // interactive transaction can outlast its 5 s limit while the compiler starts.
  const { makeFigure } = await import("../factories");
  await makeFigure().catch(() => makeFigure());
}, 240_000);

afterAll(async () => {
  const { stopReplicaProbe } = await import("@/lib/db/replicas");
  stopReplicaProbe();
  await replicaAdmin?.end().catch(() => {});
  await cluster?.stop();
}, 60_000);

/** Polls `check` until it holds (a generous bound for a busy machine; no fixed sleeps). */
async function waitFor(check: () => Promise<boolean> | boolean, ms = 30_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    if (
      await Promise.resolve()
        .then(check)
        .catch(() => false)
    )
      return;
    if (Date.now() > until) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const pauseReplay = () => replicaAdmin.query("SELECT pg_wal_replay_pause()");
const resumeReplay = () => replicaAdmin.query("SELECT pg_wal_replay_resume()");
/** A signed-in editor's request (its session is not checked here: only where its reads go). */
const asWriter = <T>(fn: () => Promise<T>) => withRequest(new Headers({ cookie: "tally.session_token=abc.def" }), fn);
const asApiClient = <T>(fn: () => Promise<T>) => withRequest(new Headers({ authorization: "Bearer tly_x" }), fn);
const asAnonymous = <T>(fn: () => Promise<T>) => withRequest(new Headers(), fn);

async function readers() {
  const [
    { getFigureChart },
    { getFigure },
    { listObservationsPage },
    { exportObservationsCsv },
    { listFigures },
    { replicaStates },
  ] = await Promise.all([
    import("@/lib/figures/get-figure-chart"),
    import("@/lib/figures/get-figure"),
    import("@/lib/observations/list-observations-page"),
    import("@/lib/csv/export-observations-csv"),
    import("@/lib/figures/list-figures"),
    import("@/lib/db/replicas"),
  ]);
  /** What a reader sees of one figure through each kind of read: Prisma, raw SQL, COPY, the pool. */
  const seenBuffered = async (slug: string) => {
    const chart = await getFigureChart({ slug });
    const figure = await getFigure({ slug });
    const page = await listObservationsPage({ figureSlug: slug, query: {} });
    return { chart: chart.chart.publishedCount, title: figure.figure.title, page: page.observations.length };
  };
  const seen = async (slug: string) => {
    const csv = await new Response((await exportObservationsCsv({ query: {}, figureSlug: slug })).body).text();
    return { ...(await seenBuffered(slug)), csvRows: csv.trim().split("\r\n").length - 1 };
  };
  return { seen, seenBuffered, listFigures, replicaStates };
}

async function logValue(slug: string, outletId: string, value: string) {
  const { logObservation } = await import("@/lib/observations/log-observation");
  const { observationInput, TEST_ACTOR } = await import("../factories");
  return logObservation({
    actor: TEST_ACTOR,
    input: observationInput(slug, outletId, {
      value,
      qualifier: "exact",
      reportedOn: `2025-10-${value.padStart(2, "0")}`,
    }),
  });
}

/** A new figure with one value (by a new outlet), once replication has brought it to anonymous readers. */
async function oneValueReplicated(seen: Awaited<ReturnType<typeof readers>>["seen"], value: string) {
  const { makeFigure, makeOutlet } = await import("../factories");
  const figure = await makeFigure();
  const outlet = await makeOutlet();
  await logValue(figure.slug, outlet.id, value);
  await waitFor(async () => (await asAnonymous(() => seen(figure.slug))).chart === 1);
  return { figure, outlet };
}

describe("read replicas (a real primary and streaming replica)", () => {
  it("reads anonymously from the replica, writes to the primary, and the writer reads its own writes", async () => {
    const { seen, replicaStates } = await readers();
    const { figure, outlet } = await oneValueReplicated(seen, "10");
    expect(replicaStates()).toEqual([expect.objectContaining({ isUp: true, isUsed: true })]);

    // With the replica's replay held, a new value is on the primary only.
    await pauseReplay();
    try {
      await logValue(figure.slug, outlet.id, "11");
      // Anonymous readers are served by the replica: every kind of read still shows one value.
      expect(await asAnonymous(() => seen(figure.slug))).toEqual({
        chart: 1,
        title: figure.title,
        page: 1,
        csvRows: 1,
      });
      // The writer (a session, or an API token) reads from the primary and sees its write at once.
      expect(await asWriter(() => seen(figure.slug))).toEqual({ chart: 2, title: figure.title, page: 2, csvRows: 2 });
      expect(await asApiClient(() => seen(figure.slug))).toMatchObject({ chart: 2, page: 2 });
    } finally {
      await resumeReplay();
    }
    await waitFor(async () => (await asAnonymous(() => seen(figure.slug))).chart === 2);
    expect(await asAnonymous(() => seen(figure.slug))).toEqual({ chart: 2, title: figure.title, page: 2, csvRows: 2 });
  }, 120_000);

  it("skips a replica that lags past TALLY_REPLICA_MAX_LAG, and uses it again once it catches up", async () => {
    const { seen, replicaStates } = await readers();
    const { figure, outlet } = await oneValueReplicated(seen, "12");

    await pauseReplay();
    try {
      await logValue(figure.slug, outlet.id, "13");
      process.env.TALLY_REPLICA_MAX_LAG = "1";
      // The probe (once a second) finds it behind; anonymous reads then come from the primary.
      await waitFor(() => replicaStates()[0]?.isUsed === false);
      expect(replicaStates()[0]).toMatchObject({ isUp: true });
      expect(replicaStates()[0]!.lagSeconds).toBeGreaterThan(1);
      expect(await asAnonymous(() => seen(figure.slug))).toMatchObject({ chart: 2, page: 2, csvRows: 2 });
    } finally {
      await resumeReplay();
    }
    await waitFor(() => replicaStates()[0]?.isUsed === true);
    expect(replicaStates()[0]!.lagSeconds).toBe(0);
    process.env.TALLY_REPLICA_MAX_LAG = "3600";
  }, 120_000);

  it("keeps answering when the replica is stopped mid-run: reads fall back to the primary, none fails", async () => {
    const { seen, seenBuffered, listFigures, replicaStates } = await readers();
    const { figure } = await oneValueReplicated(seen, "14");

    // Anonymous readers keep reading, four at a time, while the replica goes away under them: every
    // read that has handed nothing on yet is asked again of the primary. (A CSV download already
    // streaming when its replica stops is cut like any broken connection: bytes have been sent.)
    let isRunning = true;
    const failures: unknown[] = [];
    let reads = 0;
    const reader = async () => {
      while (isRunning) {
        try {
          const [view, list] = await asAnonymous(() => Promise.all([seenBuffered(figure.slug), listFigures({})]));
          expect(view).toEqual({ chart: 1, title: figure.title, page: 1 });
          expect(list.figures.map((f) => f.slug)).toContain(figure.slug);
          reads++;
        } catch (e) {
          failures.push(e);
        }
      }
    };
    const running = Promise.all([reader(), reader(), reader(), reader()]);
    await waitFor(() => reads >= 4);
    await cluster.stopReplica();
    const readsAtStop = reads;
    await waitFor(() => replicaStates()[0]?.isUp === false);
    await waitFor(() => reads >= readsAtStop + 8);
    isRunning = false;
    await running;
    expect(failures).toEqual([]);
    expect(replicaStates()[0]).toMatchObject({ isUp: false, isUsed: false });
    // With the replica down, every read (downloads too) comes from the primary.
    expect(await asAnonymous(() => seen(figure.slug))).toEqual({ chart: 1, title: figure.title, page: 1, csvRows: 1 });

    // Back up, it is used again.
    await cluster.startReplica();
    await waitFor(() => replicaStates()[0]?.isUsed === true, 60_000);
    expect(await asAnonymous(() => seen(figure.slug))).toEqual({ chart: 1, title: figure.title, page: 1, csvRows: 1 });
  }, 180_000);
});
