import "server-only";
// A signed-in person's interface language, kept on the account so it follows them to a new
// browser. A preference, but still a change to data: it writes a revision like every other.
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { getDb, type Db } from "../db/client";
import { LOCALES } from "../i18n/locales";
import { writeRevision } from "../revisions/write-revision";
import { parseInput } from "../validate";

export const ZSetLocale = z.object({ locale: z.enum(LOCALES) });

export async function setUserLocale(opts: { db?: Db; actor: Actor; input: unknown }): Promise<void> {
  const db = opts.db ?? getDb();
  const { locale } = parseInput(ZSetLocale, opts.input);
  const userId = opts.actor.id;
  if (!userId) return;
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { locale: true } });
    if (!before || before.locale === locale) return;
    await tx.user.update({ where: { id: userId }, data: { locale } });
    await writeRevision({
      tx,
      entityType: "user",
      entityId: userId,
      action: "update",
      before,
      after: { locale },
      actor: opts.actor,
    });
  });
}
