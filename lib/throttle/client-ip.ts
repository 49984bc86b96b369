// The caller's address, for per-address throttles. X-Forwarded-For is a list every proxy appends
// to, so only its last hops are trustworthy: with TALLY_TRUSTED_PROXIES = n, the client is the
// (n+1)-th hop from the right. The last hop is the TCP peer itself: `npm start` runs the server
// with scripts/peer-address.cjs, which appends it to every request (Next's route handlers and
// server actions are never given the socket). A client-sent first hop is never believed.
// null when there is no address at all (in-process calls): callers then skip the per-address
// throttle rather than share one bucket among everyone.
import { env } from "../env";

export function clientIp(req: { headers: Headers }, trusted = env.TALLY_TRUSTED_PROXIES): string | null {
  const hops = (req.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  if (hops.length === 0) return null;
  // Fewer hops than proxies means one of them did not append: the leftmost is the best we know.
  return hops[Math.max(0, hops.length - 1 - trusted)]!.slice(0, 64);
}
