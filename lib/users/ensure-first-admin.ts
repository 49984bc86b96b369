import "server-only";
// First start of an empty database: make sure someone can sign in and manage the desk. If no
// admin exists, create admin@tally.local with a generated password for `npm start` to print once.
import type { Actor } from "../auth/actor";
import { getDb, type Db } from "../db/client";
import { createUser } from "./create-user";

const BOOTSTRAP: Actor = { id: null, name: "first start", role: "admin" };
export const FIRST_ADMIN_EMAIL = "admin@tally.local";

export async function ensureFirstAdmin(opts: { db?: Db }): Promise<{ email: string; password: string } | null> {
  const db = opts.db ?? getDb();
  if ((await db.user.count({ where: { role: "admin" } })) > 0) return null;
  const { user, password } = await createUser({
    db,
    actor: BOOTSTRAP,
    input: { email: FIRST_ADMIN_EMAIL, name: "Admin", role: "admin" },
  });
  return { email: user.email, password };
}
