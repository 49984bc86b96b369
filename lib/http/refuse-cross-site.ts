// Writes from another site's pages are refused. Browsers send Origin on cross-site writes, and
// Sec-Fetch-Site on every request; a write that says "cross-site" or "same-site" (another
// subdomain) but has no Origin is refused too. The host compared is the Host header, unless
// TALLY_TRUSTED_PROXIES says a proxy in front sets X-Forwarded-Host (then its last value):
// a client-sent X-Forwarded-Host is never believed. Requests without either header (curl,
// scripts) are not a browser page; tokens or sessions decide for them.
import { env } from "../env";
import { AppError } from "../errors";

const refused = () =>
  new AppError("forbidden", "Writes are only accepted from Tally's own pages or with an API token.");

export function refuseCrossSite(req: Request, trustedProxies = env.TALLY_TRUSTED_PROXIES): void {
  const origin = req.headers.get("origin");
  const site = req.headers.get("sec-fetch-site");
  if (!origin) {
    if (site === "cross-site" || site === "same-site") throw refused();
    return;
  }
  const forwarded = trustedProxies > 0 ? req.headers.get("x-forwarded-host")?.split(",").at(-1)?.trim() : undefined;
  const host = forwarded || req.headers.get("host") || new URL(req.url).host;
  // "null" (sandboxed frames, some redirects) and anything unparsable are not our pages either.
  if (URL.parse(origin)?.host !== host) throw refused();
}
