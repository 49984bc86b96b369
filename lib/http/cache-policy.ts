// The one decision "may a shared cache (nginx, a CDN) keep this answer?", used by proxy.ts for
// pages and by handleRoute for API reads. Shareable: a GET or HEAD of a public read (embeds and
// their images, figure pages, the public JSON and CSV) from a reader with no session cookie and
// no API token, on a site that is not sign-in only. Everything else is `private, no-store`.
// Pages depend on the reader's language: without a NEXT_LOCALE cookie it comes from
// Accept-Language (hence Vary), with one the answer is private (a cache key of one cookie is
// more than most CDNs can do, and a reader who switched language is rare). Client navigations
// (the RSC header) are private too: their payload differs from the HTML at the same URL. Pure.
import { LOCALE_COOKIE } from "../i18n/locales";
import { SESSION_COOKIE } from "../auth/has-session-cookie"; // also with the __Secure- prefix

/** How long a shared cache may serve an answer without asking (a logged value shows within it). */
export const SHARED_MAX_AGE_SECONDS = 10;
/** After that, how long it may serve the old answer while it fetches the new one in the background. */
export const STALE_WHILE_REVALIDATE_SECONDS = 60;
/** …and how long while the app servers cannot answer at all. */
export const STALE_IF_ERROR_SECONDS = 600;

export const PUBLIC_CACHE_CONTROL = `public, max-age=0, s-maxage=${SHARED_MAX_AGE_SECONDS}, stale-while-revalidate=${STALE_WHILE_REVALIDATE_SECONDS}, stale-if-error=${STALE_IF_ERROR_SECONDS}`;
/** Kept by the browser only, and checked with the server (ETag) each time; routes may say no-store. */
export const PRIVATE_CACHE_CONTROL = "private, no-cache";

// The embed, its images (whatever file names they get under it) and the figure page.
const PUBLIC_PAGES = [/^\/embed\/figures\/[^/]+(\/[\w.-]+)?$/, /^\/figures\/[^/]+$/];
// The public JSON and CSV (not /api/live, a stream; not /api/health, for load balancers).
const PUBLIC_API = [
  /^\/api\/figures$/,
  /^\/api\/figures\/[^/]+(\/(chart|table|observations|history\.csv))?$/,
  /^\/api\/events$/,
  /^\/api\/outlets$/,
  /^\/api\/export\.csv$/,
  /^\/api\/openapi\.json$/,
];

export type CacheDecision = { isShared: boolean; cacheControl: string; vary: string | null };

export const PRIVATE_DECISION: CacheDecision = { isShared: false, cacheControl: PRIVATE_CACHE_CONTROL, vary: null };

function cookieNames(header: string | null): string[] {
  if (!header) return [];
  return header.split(";").map((c) => c.split("=")[0]!.trim());
}

export function cachePolicy(opts: {
  method: string;
  path: string;
  headers: Headers;
  isSignInRequired: boolean;
}): CacheDecision {
  const { headers } = opts;
  if (opts.method !== "GET" && opts.method !== "HEAD") return PRIVATE_DECISION;
  if (opts.isSignInRequired || headers.has("authorization")) return PRIVATE_DECISION;
  const cookies = cookieNames(headers.get("cookie"));
  if (cookies.some((n) => n.endsWith(SESSION_COOKIE))) return PRIVATE_DECISION;
  if (opts.path.startsWith("/api/")) {
    return PUBLIC_API.some((re) => re.test(opts.path))
      ? { isShared: true, cacheControl: PUBLIC_CACHE_CONTROL, vary: null }
      : PRIVATE_DECISION;
  }
  if (!PUBLIC_PAGES.some((re) => re.test(opts.path))) return PRIVATE_DECISION;
  if (headers.has("rsc") || cookies.includes(LOCALE_COOKIE)) return PRIVATE_DECISION;
  return { isShared: true, cacheControl: PUBLIC_CACHE_CONTROL, vary: "Accept-Language" };
}
