// Accounts for tests: a real user row and password credential (through createUser), and the
// headers of a real signed-in session (through better-auth's own sign-in).
import { getAuth } from "@/lib/auth/auth";
import type { Actor, Role } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { createUser } from "@/lib/users/create-user";
import { uniq } from "./index";

export const TEST_PASSWORD = "a long enough test password";

export type TestUser = { id: string; email: string; name: string; role: Role; actor: Actor };

export async function makeUser(opts: { role: Role; name?: string }): Promise<TestUser> {
  const email = `${uniq(opts.role)}@tally.test`;
  const name = opts.name ?? `Test ${opts.role} ${email.slice(0, 12)}`;
  const { user } = await createUser({
    db: getDb(),
    actor: { id: null, name: "test set-up", role: "admin" },
    input: { email, name, role: opts.role, password: TEST_PASSWORD },
  });
  return { id: user.id, email, name, role: user.role, actor: { id: user.id, name, role: user.role } };
}

/** Request headers carrying a fresh session cookie for this user. */
export async function sessionHeaders(user: Pick<TestUser, "email">, password = TEST_PASSWORD): Promise<Headers> {
  const { headers } = await getAuth().api.signInEmail({ body: { email: user.email, password }, returnHeaders: true });
  const cookie = (headers.getSetCookie?.() ?? [headers.get("set-cookie") ?? ""]).map((c) => c.split(";")[0]).join("; ");
  return new Headers({ cookie, "x-forwarded-for": "203.0.113.7" });
}

/** Headers of someone who is not signed in. */
export const anonymousHeaders = (ip = "203.0.113.9") => new Headers({ "x-forwarded-for": ip });
