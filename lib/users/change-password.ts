import "server-only";
// A signed-in person changes their own password: the current one must verify; other sessions
// end. The revision records that it changed, never the hash.
import type { Actor } from "../auth/actor";
import { hashPassword, verifyPassword } from "../auth/password";
import { ZChangePassword } from "../auth/schemas";
import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { writeRevision } from "../revisions/write-revision";
import { parseInput } from "../validate";

export async function changePassword(opts: {
  db?: Db;
  actor: Actor;
  currentSessionToken?: string;
  input: unknown;
}): Promise<void> {
  const db = opts.db ?? getDb();
  const input = parseInput(ZChangePassword, opts.input);
  const userId = opts.actor.id;
  if (!userId) throw new AppError("unauthorized", "Sign in to change your password.");
  const account = await db.account.findFirst({
    where: { userId, providerId: "credential" },
    select: { id: true, password: true },
  });
  if (!account?.password || !(await verifyPassword({ hash: account.password, password: input.currentPassword }))) {
    throw new AppError("validation_failed", "Your current password is not right.", {
      currentPassword: ["This is not your current password."],
    });
  }
  const hash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.account.update({ where: { id: account.id }, data: { password: hash } });
    await tx.session.deleteMany({
      where: { userId, ...(opts.currentSessionToken ? { token: { not: opts.currentSessionToken } } : {}) },
    });
    await writeRevision({
      tx,
      entityType: "user",
      entityId: userId,
      action: "update",
      after: { passwordChanged: true },
      actor: opts.actor,
    });
  });
}
