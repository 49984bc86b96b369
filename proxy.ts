// Runs before every page request (not Next's own static files, and not /api/…: route handlers
// set their own headers, lib/http/handle-route.ts, without the cost of a middleware step):
// 1. security headers on every answer (lib/http/security-headers.ts): a nonce-based CSP, which
//    Next reads from the request's Content-Security-Policy header and puts on its own scripts;
// 2. pages: a query Tally cannot read (a NUL, page=-1, a year 0000…) gets a 400 page, not a 500;
// 3. server actions posted from another site get a 403 here (Next's own refusal answers 500);
// 4. while the database is unreachable, pages get a 503 page, never a half-rendered 500
//    (lib/db/availability.ts: one SELECT 1 at most once a second per process);
// 5. on a sign-in-only site, anonymous page visits go to /sign-in. That is a convenience: every
//    route handler and server action checks the role itself (lib/auth/authorize.ts), so nothing
//    depends on this file for protection;
// 6. the Cache-Control of pages a shared cache may keep (lib/http/cache-policy.ts: embeds, figure
//    pages, for anonymous readers of a public site). Next sends its own `private, no-store` only
//    when the response has none. Without a session cookie nothing here asks the database: the
//    session check is skipped and the sign-in-only setting is kept in process (watch-site-settings).
import { NextResponse, type NextRequest } from "next/server";
import { authorize } from "@/lib/auth/authorize";
import { env, publicUrl } from "@/lib/env";
import { isDatabaseAnswering, markDatabaseDown } from "@/lib/db/availability";
import { AppError, asAppError } from "@/lib/errors";
import { cachePolicy } from "@/lib/http/cache-policy";
import { badRequestPage, pageQueryProblem } from "@/lib/http/check-page-query";
import { refuseCrossSite } from "@/lib/http/refuse-cross-site";
import { makeNonce, securityHeaders } from "@/lib/http/security-headers";
import { unavailableResponse } from "@/lib/http/unavailable-response";

export async function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  const nonce = makeNonce();
  const headers = securityHeaders({
    nonce,
    isEmbed: path.startsWith("/embed/"),
    isHttps: publicUrl().startsWith("https:"),
    isDev: env.NODE_ENV === "development",
  });
  const finish = (res: Response) => {
    for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
    return res;
  };
  if (!(await isDatabaseAnswering())) return finish(unavailableResponse());

  const problem = pageQueryProblem(new URL(request.url));
  if (problem) return finish(badRequestPage(problem));
  if (request.method === "POST" && request.headers.has("next-action")) {
    try {
      refuseCrossSite(request);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      return finish(new Response(e.message, { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } }));
    }
  }

  const forward = new Headers(request.headers);
  forward.set("x-nonce", nonce);
  forward.set("content-security-policy", headers["Content-Security-Policy"]!);
  if (path !== "/sign-in" && !path.startsWith("/sign-in/")) {
    try {
      const actor = await authorize({ need: "viewer", headers: request.headers });
      // Past authorize with no account: reading is public (the site is not sign-in only).
      const cache =
        actor.id === null
          ? cachePolicy({ method: request.method, path, headers: request.headers, isSignInRequired: false })
          : null;
      if (cache?.isShared) {
        headers["Cache-Control"] = cache.cacheControl;
        if (cache.vary) headers["Vary"] = cache.vary;
      }
    } catch (e) {
      const err = asAppError(e);
      if (err.code === "unavailable") {
        markDatabaseDown();
        return finish(unavailableResponse());
      }
      if (err.code !== "unauthorized") throw e;
      const url = new URL("/sign-in", request.url);
      url.searchParams.set("next", request.nextUrl.pathname + request.nextUrl.search);
      return finish(NextResponse.redirect(url));
    }
  }
  return finish(NextResponse.next({ request: { headers: forward } }));
}

// Everything but Next's static files (hashed bundles need no CSP of their own) and the API
// (/api/docs is a page, and is matched).
export const config = {
  matcher: ["/((?!_next/static|_next/image|icon.svg|favicon.ico|api/(?!docs$)).*)"],
};
