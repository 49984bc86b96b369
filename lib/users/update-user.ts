import "server-only";
// Admins change a role or disable/enable an account. Disabling ends the person's sessions in
// the same transaction, so their next request is anonymous. An admin cannot demote or disable
// themselves (so a site always keeps an admin who can undo mistakes).
import type { Actor } from "../auth/actor";
import { ZChangeRole, ZSetDisabled } from "../auth/schemas";
import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { writeRevision } from "../revisions/write-revision";
import { parseInput } from "../validate";
import { toUserDto, USER_SELECT, type UserDto } from "./user-dto";

type Change = { kind: "role"; input: unknown } | { kind: "disabled"; input: unknown };

export async function updateUser(opts: { db?: Db; actor: Actor; change: Change }): Promise<UserDto> {
  const db = opts.db ?? getDb();
  const parsed =
    opts.change.kind === "role"
      ? { kind: "role" as const, ...parseInput(ZChangeRole, opts.change.input) }
      : { kind: "disabled" as const, ...parseInput(ZSetDisabled, opts.change.input) };
  if (parsed.userId === opts.actor.id) {
    throw new AppError("forbidden", "You cannot change your own role or disable your own account; ask another admin.");
  }
  return db.$transaction(async (tx) => {
    const row = await tx.user.findUnique({ where: { id: parsed.userId }, select: USER_SELECT });
    if (!row) throw new AppError("not_found", "There is no such account.");
    const before = toUserDto(row);
    const updated = await tx.user.update({
      where: { id: parsed.userId },
      data:
        parsed.kind === "role"
          ? { role: parsed.role }
          : { banned: parsed.disabled, banReason: parsed.disabled ? `disabled by ${opts.actor.name}` : null },
      select: USER_SELECT,
    });
    if (parsed.kind === "disabled" && parsed.disabled)
      await tx.session.deleteMany({ where: { userId: parsed.userId } });
    const after = toUserDto(updated);
    await writeRevision({
      tx,
      entityType: "user",
      entityId: after.id,
      action: "update",
      before,
      after,
      actor: opts.actor,
    });
    return after;
  });
}
