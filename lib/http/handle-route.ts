import "server-only";
// Every route handler goes through this: it checks the caller's role first (a session, or an
// API token in `Authorization: Bearer`), then maps any error to the one JSON error shape.
// Unknown errors become a 500 with no details in the body. GETs get CORS for everyone, an ETag
// and 304s, and a Cache-Control from cache-policy.ts (public for a shared cache only when an
// anonymous reader got past authorize, so the site is not sign-in only); writes from another
// site's pages are refused. Streamed answers (CSV) ask for `etag: "data-version"`: the ETag is
// known before the stream starts, and a match answers 304 without running the export. Every
// answer, error or not, gets the API's security headers (api-security-headers.ts).
import { randomUUID } from "node:crypto";
import type { ApiScope } from "../auth/api-token-schemas";
import { authorize, type Actor, type Role } from "../auth/authorize";
import { authorizeToken, bearerToken } from "../auth/authorize-token";
import { getDb } from "../db/client";
import { markDatabaseDown } from "../db/availability";
import { AppError, asAppError, toErrorBody, TooManyRequestsError, UNAVAILABLE_RETRY_SECONDS } from "../errors";
import { localizeError } from "../i18n/localize-error";
import { requestLocaleOf } from "../i18n/request-locale-of";
import { withApiSecurityHeaders } from "./api-security-headers";
import { cachePolicy, PRIVATE_DECISION } from "./cache-policy";
import { dataVersionEtag } from "./data-version-etag";
import { finishRead, isRead, matchesIfNoneMatch, READ_CORS } from "./read-headers";
import { redactForAnonymous } from "./redact-for-anonymous";
import { refuseCrossSite } from "./refuse-cross-site";
import { refuseNul, refuseNulInUrl } from "./refuse-nul";

type RouteContext<P> = { params: Promise<P> };

/** "public": no role check at all — only for routes that read nothing (health for load balancers). */
export const PUBLIC_ACTOR: Actor = { id: null, name: "anonymous", role: "viewer" };

export function handleRoute<P = Record<string, never>>(
  need: Role | "public",
  fn: (args: { req: Request; params: P; actor: Actor }) => Promise<Response>,
  opts: { scope?: ApiScope; etag?: "data-version" } = {},
) {
  return async (req: Request, ctx: RouteContext<P>): Promise<Response> =>
    withApiSecurityHeaders(await respond(req, ctx, need, fn, opts));
}

async function respond<P>(
  req: Request,
  ctx: RouteContext<P>,
  need: Role | "public",
  fn: (args: { req: Request; params: P; actor: Actor }) => Promise<Response>,
  opts: { scope?: ApiScope; etag?: "data-version" },
): Promise<Response> {
  let actor: Actor | null = null;
  try {
    if (!isRead(req)) refuseCrossSite(req);
    refuseNulInUrl(req.url);
    actor = need === "public" ? PUBLIC_ACTOR : await authorizeRequest(req, need, opts.scope);
    const isAnonymous = actor.id === null && need !== "public";
    const cache = isAnonymous
      ? cachePolicy({
          method: req.method,
          path: new URL(req.url).pathname,
          headers: req.headers,
          isSignInRequired: false,
        })
      : PRIVATE_DECISION;
    const etag = isRead(req) && opts.etag === "data-version" ? await dataVersionEtag({ url: req.url }) : null;
    if (etag && matchesIfNoneMatch(req.headers.get("if-none-match"), etag)) {
      return finishRead(req, new Response(null, { status: 304, headers: { etag } }), cache);
    }
    // Route params are input too: Next decodes them from the path, and a handler may be called with others.
    const params = await ctx.params;
    refuseNul(params);
    const answer = await fn({ req, params, actor });
    const res = actor.id === null ? await redactForAnonymous(answer) : answer;
    if (etag && res.status === 200) res.headers.set("etag", etag);
    return isRead(req) ? await finishRead(req, res, cache) : res;
  } catch (e) {
    const url = new URL(req.url);
    const err = asAppError(e, { requestId: requestIdOf(req), method: req.method, path: url.pathname });
    const headers = new Headers(isRead(req) ? READ_CORS : {});
    if (err instanceof TooManyRequestsError) headers.set("Retry-After", String(err.retryAfterSeconds));
    if (err.code === "unavailable") {
      markDatabaseDown();
      headers.set("Retry-After", String(UNAVAILABLE_RETRY_SECONDS));
    }
    // `code` and field paths are the contract; `message` and field messages follow the caller's language.
    const locale = requestLocaleOf(req, actor);
    headers.set("Content-Language", locale);
    headers.append("Vary", "Accept-Language");
    return Response.json(toErrorBody(err, localizeError(err, locale)), { status: err.status, headers });
  }
}

/** A Bearer token when the request brings one (writes only with the route's scope), else the session. */
async function authorizeRequest(req: Request, need: Role, scope: ApiScope | undefined): Promise<Actor> {
  const token = bearerToken(req);
  if (token === null) return authorize({ need, headers: req.headers });
  if (!isRead(req) && !scope) throw new AppError("forbidden", "API tokens cannot do this; sign in instead.");
  return authorizeToken({ db: getDb(), token, need, scope });
}

/** The id a proxy gave the request (X-Request-Id), or a new one, so a log line can be found. */
const requestIdOf = (req: Request) => req.headers.get("x-request-id")?.slice(0, 100) ?? randomUUID();
