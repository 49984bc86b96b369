import "server-only";
// Who sent this request, from its session cookie: an Actor, or null for an anonymous reader.
// better-auth keeps the idle timeout (sliding expiry); the absolute lifetime and a disabled
// account are checked here, on every request, so neither outlives a cached page.
import { getAuth, SESSION_ABSOLUTE_SECONDS } from "./auth";
import { ROLE_RANK, type Actor, type Role } from "./actor";

const isRole = (r: unknown): r is Role => typeof r === "string" && r in ROLE_RANK;

/** `locale`: the interface language saved on the account (null: follow the browser). */
export type CurrentActor = Actor & { id: string; email: string; locale: string | null };

export async function getCurrentActor(opts: { headers: Headers }): Promise<CurrentActor | null> {
  // No cookie of ours: skip the database entirely (most readers are anonymous).
  if (!opts.headers.get("cookie")?.includes("tally.session_token")) return null;
  const auth = getAuth();
  const found = await auth.api.getSession({ headers: opts.headers, query: { disableCookieCache: true } });
  if (!found) return null;
  const { session, user } = found;
  if (user.banned) return null;
  if (Date.now() - new Date(session.createdAt).getTime() > SESSION_ABSOLUTE_SECONDS * 1000) {
    await (await auth.$context).internalAdapter.deleteSession(session.token);
    return null;
  }
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: isRole(user.role) ? user.role : "viewer",
    locale: user.locale ?? null,
  };
}
