// The plain shape of an account outside lib/ (and in revisions): never the password hash.
import type { Prisma } from "../db/client";
import type { Role } from "../auth/actor";

export const USER_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  banned: true,
  createdAt: true,
} satisfies Prisma.UserSelect;

type Row = Prisma.UserGetPayload<{ select: typeof USER_SELECT }>;

export type UserDto = { id: string; email: string; name: string; role: Role; isDisabled: boolean; createdAt: string };

export const toUserDto = (row: Row): UserDto => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role as Role,
  isDisabled: row.banned,
  createdAt: row.createdAt.toISOString(),
});
