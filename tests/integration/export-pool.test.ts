// Exports have their own small pool; when every connection of it is busy a new download is refused
// with 429 and Retry-After at once, instead of queueing behind slow readers.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { exportObservationsCsv } from "@/lib/csv/export-observations-csv";
import { TooManyRequestsError } from "@/lib/errors";

describe("export pool capacity", () => {
  it("refuses a download with 429 while every export connection is held", async () => {
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
    const held = await pool.connect();
    try {
      const err = await exportObservationsCsv({ pool, query: {} }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(TooManyRequestsError);
      expect((err as TooManyRequestsError).status).toBe(429);
      expect((err as TooManyRequestsError).retryAfterSeconds).toBe(5);
    } finally {
      held.release();
    }
    // with the connection back, the same download streams
    const csv = await exportObservationsCsv({ pool, query: {} });
    const text = await new Response(csv.body).text();
    expect(text.split("\n")[0]).toContain("figure_slug");
    await pool.end();
  });
});
