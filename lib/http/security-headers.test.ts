import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, makeNonce, securityHeaders } from "./security-headers";

describe("securityHeaders", () => {
  it("gives pages a nonce CSP with strict-dynamic, no inline scripts, and no framing", () => {
    const h = securityHeaders({ nonce: "abc", isEmbed: false, isHttps: false, isDev: false });
    expect(h["Content-Security-Policy"]).toContain("script-src 'nonce-abc' 'strict-dynamic';");
    expect(h["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(h["Content-Security-Policy"]).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(h).toMatchObject({
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
    expect(h["Strict-Transport-Security"]).toBeUndefined();
  });

  it("lets the embed be framed anywhere, and sends HSTS over https", () => {
    const h = securityHeaders({ nonce: "abc", isEmbed: true, isHttps: true, isDev: false });
    expect(h["Content-Security-Policy"]).toContain("frame-ancestors *");
    expect(h["X-Frame-Options"]).toBeUndefined();
    expect(h["Strict-Transport-Security"]).toMatch(/^max-age=\d+/);
  });

  it("runs no script at all without a nonce (API answers), and makes a fresh nonce each time", () => {
    expect(contentSecurityPolicy({ nonce: null, isEmbed: false, isDev: false })).toContain("script-src 'none'");
    expect(makeNonce()).not.toBe(makeNonce());
  });
});
