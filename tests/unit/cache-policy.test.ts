// Who may a shared cache serve? A table of requests and the answer lib/http/cache-policy.ts gives.
import { describe, expect, it } from "vitest";
import { cachePolicy, PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from "@/lib/http/cache-policy";

const ask = (
  path: string,
  headers: Record<string, string> = {},
  more: { method?: string; isSignInRequired?: boolean } = {},
) =>
  cachePolicy({
    method: more.method ?? "GET",
    path,
    headers: new Headers(headers),
    isSignInRequired: more.isSignInRequired ?? false,
  });

describe("cachePolicy", () => {
  it.each([
    ["/embed/figures/gaza-deaths", "Accept-Language"],
    ["/embed/figures/gaza-deaths/chart.png", "Accept-Language"],
    ["/embed/figures/gaza-deaths.svg", "Accept-Language"],
    ["/figures/gaza-deaths", "Accept-Language"],
    ["/api/figures", null],
    ["/api/figures/gaza-deaths", null],
    ["/api/figures/gaza-deaths/observations", null],
    ["/api/figures/gaza-deaths/history.csv", null],
    ["/api/export.csv", null],
  ])("an anonymous GET of %s may be kept by a shared cache (Vary: %s)", (path, vary) => {
    expect(ask(path)).toEqual({ isShared: true, cacheControl: PUBLIC_CACHE_CONTROL, vary });
    expect(PUBLIC_CACHE_CONTROL).toMatch(/^public, .*s-maxage=10, stale-while-revalidate=60/);
  });

  it.each([
    ["a session cookie", "/embed/figures/x", { cookie: "a=1; tally.session_token=abc.def" }, {}],
    ["an https session cookie", "/api/figures", { cookie: "__Secure-tally.session_token=abc" }, {}],
    ["an API token", "/api/figures", { authorization: "Bearer tly_x" }, {}],
    ["a sign-in-only site", "/embed/figures/x", {}, { isSignInRequired: true }],
    ["a language chosen by cookie", "/figures/x", { cookie: "NEXT_LOCALE=es" }, {}],
    ["a client navigation (RSC payload)", "/figures/x", { rsc: "1" }, {}],
    ["a write", "/api/figures", {}, { method: "POST" }],
    ["the live stream", "/api/live", {}, {}],
    ["the health check", "/api/health", {}, {}],
    ["the review queue", "/review", {}, {}],
    ["the log form", "/figures/x/log", {}, {}],
  ])("%s makes the answer private", (_name, path, headers, more) => {
    expect(ask(path, headers as Record<string, string>, more)).toEqual({
      isShared: false,
      cacheControl: PRIVATE_CACHE_CONTROL,
      vary: null,
    });
  });

  it("the language cookie does not make JSON private (JSON does not depend on it)", () => {
    expect(ask("/api/figures", { cookie: "NEXT_LOCALE=es" }).isShared).toBe(true);
  });
});
