// With PostgreSQL unreachable, /api/health says so with a 503 instead of failing, and every other
// route answers 503 `unavailable` with Retry-After — "try again", not "bug" (500).
import { describe, expect, it } from "vitest";

process.env.DATABASE_URL = "postgresql://tally:tally@127.0.0.1:1/nothing-listens-here";
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });

describe("with the database down", () => {
  it("GET /api/health answers 503 with db: down", async () => {
    const { GET } = await import("@/app/api/health/route");
    const res = await GET(new Request("http://localhost/api/health"), ctx({}));
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: "degraded", db: "down" });
  });

  it("a JSON read answers 503 unavailable with Retry-After, not 500", async () => {
    const { GET } = await import("@/app/api/figures/route");
    const res = await GET(new Request("http://localhost/api/figures"), ctx({}));
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    const body = await res.json();
    expect(body.error.code).toBe("unavailable");
    expect(body.error.message).toMatch(/not reachable right now/);
  });

  it("a CSV export answers 503 unavailable, not 500", async () => {
    const { GET } = await import("@/app/api/export.csv/route");
    const res = await GET(new Request("http://localhost/api/export.csv"), ctx({}));
    expect(res.status).toBe(503);
    expect((await res.json()).error.code).toBe("unavailable");
  });
});
