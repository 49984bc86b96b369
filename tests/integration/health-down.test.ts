// With PostgreSQL unreachable, /api/health says so with a 503 instead of failing.
import { describe, expect, it } from "vitest";

describe("GET /api/health with the database down", () => {
  it("answers 503 with db: down", async () => {
    process.env.DATABASE_URL = "postgresql://tally:tally@127.0.0.1:1/nothing-listens-here";
    const { GET } = await import("@/app/api/health/route");
    const res = await GET(new Request("http://localhost/api/health"), { params: Promise.resolve({}) });
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: "degraded", db: "down" });
  });
});
