// The security headers of API answers (security-headers.ts: no nonce, so no script runs; no
// framing), set by handleRoute and apiRoute on every answer they give. proxy.ts does not run for
// /api/… (its matcher leaves them out): Next's middleware step costs each request a NextRequest,
// a NextResponse and a header merge, for headers that are the same on every API answer.
import { env, publicUrl } from "../env";
import { securityHeaders } from "./security-headers";

/** Sets them on `res` (on a copy when its headers are immutable, as a fetched Response's are). */
export function withApiSecurityHeaders(res: Response): Response {
  const headers = securityHeaders({
    nonce: null,
    isEmbed: false,
    isHttps: publicUrl().startsWith("https:"),
    isDev: env.NODE_ENV === "development",
  });
  let out = res;
  try {
    for (const [k, v] of Object.entries(headers)) out.headers.set(k, v);
  } catch {
    out = new Response(res.body, res);
    for (const [k, v] of Object.entries(headers)) out.headers.set(k, v);
  }
  return out;
}
