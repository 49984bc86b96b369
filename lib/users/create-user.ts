import "server-only";
// Makes an account (user + its password credential, the rows better-auth signs in against)
// and its revision in one transaction. Without a password, one is generated and returned once.
import { randomBytes, randomUUID } from "node:crypto";
import type { Actor } from "../auth/actor";
import { hashPassword } from "../auth/password";
import { ZCreateUser } from "../auth/schemas";
import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { writeRevision } from "../revisions/write-revision";
import { parseInput } from "../validate";
import { toUserDto, USER_SELECT, type UserDto } from "./user-dto";

/** 24 URL-safe characters: 144 bits from the OS's CSPRNG. */
export const generatePassword = (): string => randomBytes(18).toString("base64url");

export async function createUser(opts: {
  db?: Db;
  actor: Actor;
  input: unknown;
}): Promise<{ user: UserDto; password: string; isGenerated: boolean }> {
  const db = opts.db ?? getDb();
  const input = parseInput(ZCreateUser, opts.input);
  const password = input.password ?? generatePassword();
  const hash = await hashPassword(password);
  const user = await db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new AppError("validation_failed", "That email already has an account.", {
        email: ["An account with this email exists."],
      });
    }
    const id = randomUUID();
    const row = await tx.user.create({
      data: { id, email: input.email, name: input.name, role: input.role, emailVerified: true },
      select: USER_SELECT,
    });
    await tx.account.create({
      data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: hash },
    });
    const dto = toUserDto(row);
    await writeRevision({ tx, entityType: "user", entityId: id, action: "create", after: dto, actor: opts.actor });
    return dto;
  });
  return { user, password, isGenerated: input.password === undefined };
}
