// scripts/unavailable-status.cjs, in a real HTTP server: a 500 written while the database is marked
// down (a render that failed half-way when PostgreSQL went) reaches the client as a 503 that no cache
// keeps; any other answer is untouched.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

createRequire(import.meta.url)("../../scripts/unavailable-status.cjs");
const state = globalThis as { tallyDbDownSince?: number };
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const status = Number(new URL(req.url!, "http://x").searchParams.get("status"));
    if (req.url!.includes("implicit")) {
      res.statusCode = status;
      res.setHeader("Cache-Control", "public, s-maxage=10");
      res.end("failed render");
    } else res.writeHead(status, "Whatever", { "Cache-Control": "public, s-maxage=10" }).end("body");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => delete state.tallyDbDownSince);

describe("a 500 while the database is down", () => {
  it.each(["explicit", "implicit"])("answers 503, Retry-After and no-store (%s writeHead)", async (how) => {
    state.tallyDbDownSince = Date.now();
    const res = await fetch(`${base}/${how}?status=500`);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("leaves a 500 alone while the database is up, and other statuses always", async () => {
    const up = await fetch(`${base}/implicit?status=500`);
    expect(up.status).toBe(500);
    expect(up.headers.get("cache-control")).toBe("public, s-maxage=10");
    state.tallyDbDownSince = Date.now();
    const ok = await fetch(`${base}/explicit?status=200`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe("body");
  });
});
