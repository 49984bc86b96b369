// The security headers every response gets (set in proxy.ts). Pages get a strict CSP: scripts run
// only with this request's nonce, and what they load ('strict-dynamic'); no inline script, no
// eval (except in `next dev`, which needs it). Styles allow inline style attributes (React and
// Recharts write them; an attribute cannot run code). Only /embed/* may be framed, by anyone.
// HSTS only when the site is served over https (TALLY_URL). Pure.

export type SecurityHeaderOptions = { nonce: string | null; isEmbed: boolean; isHttps: boolean; isDev: boolean };

export function contentSecurityPolicy(o: Pick<SecurityHeaderOptions, "nonce" | "isEmbed" | "isDev">): string {
  const script = o.nonce ? `'nonce-${o.nonce}' 'strict-dynamic'${o.isDev ? " 'unsafe-eval'" : ""}` : "'none'";
  return [
    "default-src 'self'",
    `script-src ${script}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${o.isEmbed ? "*" : "'none'"}`,
  ].join("; ");
}

export function securityHeaders(o: SecurityHeaderOptions): Record<string, string> {
  const out: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(o),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
  };
  if (!o.isEmbed) out["X-Frame-Options"] = "DENY";
  if (o.isHttps) out["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  return out;
}

/** A random nonce for one response (base64 of 16 random bytes). */
export function makeNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
