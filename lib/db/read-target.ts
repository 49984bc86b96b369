import "server-only";
// Read-your-writes: who must read from the primary. Every write in Tally needs a signed-in
// editor (a session cookie) or an API token (an Authorization header), so a request that carries
// either reads from the primary, and sees its own writes at once whatever a replica's lag.
// Anonymous readers cannot write; they read from a replica and see a change within the lag bound.
// (docs/database.md, "Read replicas", says why this over waiting for a commit's LSN.)
import { headers } from "next/headers";
import { hasSessionCookie } from "../auth/has-session-cookie";

export async function mustReadPrimary(): Promise<boolean> {
  let request: Headers;
  try {
    request = await headers();
  } catch (e) {
    // Next's own signals (a page being prerendered is dynamic) carry a digest and must pass on.
    if (e && typeof e === "object" && "digest" in e) throw e;
    // No request at all (the job queue, scripts): nobody's own writes to see.
    return false;
  }
  return request.has("authorization") || hasSessionCookie(request);
}
