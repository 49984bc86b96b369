// Cross-site writes, defence in depth: Sec-Fetch-Site without Origin, and a client-sent
// X-Forwarded-Host, through the same handleRoute every write route uses.
import { describe, expect, it } from "vitest";
import { POST as extract } from "@/app/api/extract/route";
import { refuseCrossSite } from "@/lib/http/refuse-cross-site";

const ctx = { params: Promise.resolve({}) };
const post = (headers: Record<string, string>) =>
  extract(
    new Request("http://tally.example/api/extract", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: '{"text":"3 boats"}',
    }),
    ctx,
  );

describe("cross-site writes", () => {
  it.each([
    ["Sec-Fetch-Site: cross-site without Origin", { "sec-fetch-site": "cross-site" }],
    ["Sec-Fetch-Site: same-site without Origin", { "sec-fetch-site": "same-site" }],
    [
      "another Origin with a matching client-sent X-Forwarded-Host",
      { origin: "https://evil.example", "x-forwarded-host": "evil.example", host: "tally.example" },
    ],
    ["another Origin", { origin: "https://evil.example", host: "tally.example" }],
  ])("refuses %s with 403", async (_name, headers) => {
    const res = await post(headers);
    expect(res.status).toBe(403);
    expect((await res.json()).error.code).toBe("forbidden");
  });

  it.each([
    ["our own page", { origin: "http://tally.example", host: "tally.example", "sec-fetch-site": "same-origin" }],
    ["a script without browser headers", {}],
    ["Sec-Fetch-Site: none (typed by the user)", { "sec-fetch-site": "none" }],
  ])("accepts %s", async (_name, headers) => {
    expect((await post(headers)).status).toBe(200);
  });

  it("believes X-Forwarded-Host only behind a trusted proxy", () => {
    const req = new Request("http://internal:3000/x", {
      method: "POST",
      headers: { origin: "https://tally.example", host: "internal:3000", "x-forwarded-host": "tally.example" },
    });
    expect(() => refuseCrossSite(req, 0)).toThrow(/only accepted/);
    expect(() => refuseCrossSite(req, 1)).not.toThrow();
  });
});
