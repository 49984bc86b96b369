// Live updates never drop a change: a value acknowledged while PostgreSQL restarts under an open
// /api/live stream still reaches it (the listener reads the live_change log after reconnecting),
// and a browser that reconnects with Last-Event-ID gets what it missed, or a resync.
// This file runs on a PostgreSQL of its own, so it can restart it without disturbing other files.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startThrowawayPostgres, type EmbeddedServer } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { waitForExit } from "@/lib/db/process-info";

let server: EmbeddedServer;

beforeAll(async () => {
  server = await startThrowawayPostgres({ prefix: "tally-live-pg" });
  await migrate({ databaseUrl: server.url });
  process.env.DATABASE_URL = server.url; // every pool in this file is made after this line
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

type Event = { id: string | null; event: string; data: string };

/** Reads SSE frames from a /api/live response into `events` until `stop` is called. */
function readEvents(res: Response, events: Event[]): () => Promise<void> {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const field = (name: string) =>
          frame
            .split("\n")
            .find((l) => l.startsWith(`${name}: `))
            ?.slice(name.length + 2) ?? null;
        if (field("data") !== null)
          events.push({ id: field("id"), event: field("event") ?? "message", data: field("data")! });
      }
    }
  })();
  return async () => {
    await reader.cancel().catch(() => {});
    await pump;
  };
}

async function openStream(lastEventId?: string) {
  const { GET } = await import("@/app/api/live/route");
  const headers = lastEventId ? { "last-event-id": lastEventId } : undefined;
  return GET(new Request("http://localhost/api/live", { headers }), { params: Promise.resolve({}) });
}

const observationIds = (events: Event[]) =>
  new Set(
    events
      .filter((e) => e.event === "message")
      .map((e) => (JSON.parse(e.data) as { observationId?: string }).observationId),
  );

describe("live updates through a PostgreSQL restart", () => {
  it("deliver every acknowledged write to an open stream, and replay to a reconnecting one", async () => {
    const { makeFigure, makeOutlet } = await import("../factories");
    const { makeUser } = await import("../factories/users");
    const { createApiToken } = await import("@/lib/auth/create-api-token");
    const { POST } = await import("@/app/api/figures/[slug]/observations/route");
    const figure = await makeFigure();
    const outlet = await makeOutlet();
    const editor = (await makeUser({ role: "editor" })).actor;
    const { token } = await createApiToken({ actor: editor, input: { name: "load", scopes: ["observations:write"] } });
    const acknowledged: string[] = [];
    const statuses = new Map<number, number>();
    const write = async (i: number) => {
      const res = await POST(
        new Request(`http://localhost/api/figures/${figure.slug}/observations`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({
            outletId: outlet.id,
            qualifier: "exact",
            value: String(100 + i),
            reportedOn: "2025-10-25",
            citedSources: ["UN OCHA"],
            quote: `Officials counted ${100 + i} people.`,
          }),
        }),
        { params: Promise.resolve({ slug: figure.slug }) },
      );
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status === 201) acknowledged.push(((await res.json()) as { id: string }).id);
    };

    const events: Event[] = [];
    const stopReading = readEvents(await openStream(), events);
    // The stream is live once a first write arrives through it.
    await write(0);
    await expect.poll(() => observationIds(events).has(acknowledged[0]), { timeout: 15_000 }).toBe(true);

    // Writes before, during and after a fast restart of PostgreSQL.
    for (let i = 1; i <= 10; i++) await write(i);
    const postgres = server.process()!;
    postgres.kill("SIGINT"); // PostgreSQL's fast shutdown: every connection is cut
    expect(await waitForExit(postgres, 30_000)).toBe(true);
    for (let i = 11; i <= 15; i++) await write(i); // the database is down: these fail
    await server.restart();
    for (let i = 16; i <= 40; i++) await write(i);

    await expect
      .poll(() => acknowledged.filter((id) => !observationIds(events).has(id)), { timeout: 30_000, interval: 250 })
      .toEqual([]);
    // While PostgreSQL was down the API said "try again" (503), never "bug" (500).
    expect([...statuses.keys()].sort()).toEqual([201, 503]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(36);

    // A browser that was away: it reconnects with the id of the 10th change it saw.
    const ids = events.filter((e) => e.id).map((e) => e.id!);
    await stopReading();
    const replayed: Event[] = [];
    const stopReplay = readEvents(await openStream(ids[9]), replayed);
    const missedAfter10 = acknowledged.slice(10);
    await expect
      .poll(() => missedAfter10.filter((id) => !observationIds(replayed).has(id)), { timeout: 15_000 })
      .toEqual([]);
    await stopReplay();

    // One the log no longer reaches back to is told to resync.
    const resynced: Event[] = [];
    const stopResync = readEvents(await openStream("1"), resynced);
    const { getPgPool } = await import("@/lib/db/pg-pool");
    await getPgPool().query("DELETE FROM live_change WHERE id <= $1::bigint", [ids[5]]);
    const stopResync2 = readEvents(await openStream(ids[0]), resynced);
    await expect.poll(() => resynced.some((e) => e.event === "resync"), { timeout: 15_000 }).toBe(true);
    await stopResync();
    await stopResync2();
  }, 120_000);
});
