import "server-only";
// Everyone with an account, for the admin page: newest first, with when they last signed in.
import { getDb, type DbOrTx } from "../db/client";
import { toUserDto, USER_SELECT, type UserDto } from "./user-dto";

export type UserListItem = UserDto & { lastSeenAt: string | null; activeSessions: number };

export async function listUsers(opts: { db?: DbOrTx }): Promise<UserListItem[]> {
  const db = opts.db ?? getDb();
  const rows = await db.user.findMany({
    select: {
      ...USER_SELECT,
      sessions: { select: { updatedAt: true, expiresAt: true }, orderBy: { updatedAt: "desc" } },
    },
    orderBy: [{ role: "asc" }, { email: "asc" }],
  });
  const now = Date.now();
  return rows.map((row) => ({
    ...toUserDto(row),
    lastSeenAt: row.sessions[0]?.updatedAt.toISOString() ?? null,
    activeSessions: row.sessions.filter((s) => s.expiresAt.getTime() > now).length,
  }));
}
