import "server-only";
// Renames or reclassifies an outlet, version-checked, with its revision. Observations show the
// outlet's current name; each observation's own history keeps the name it had then.
import type { Actor } from "../auth/actor";
import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { writeRevision } from "../revisions/write-revision";
import { parseInput } from "../validate";
import { OUTLET_SELECT, type OutletDto } from "./outlet-dto";
import { ZUpdateOutlet } from "./schemas";

export async function updateOutlet(opts: { db?: Db; actor: Actor; input: unknown }): Promise<OutletDto> {
  const db = opts.db ?? getDb();
  const input = parseInput(ZUpdateOutlet, opts.input);
  return db.$transaction(async (tx) => {
    const before = await tx.outlet.findUnique({ where: { id: input.id }, select: OUTLET_SELECT });
    if (!before) throw new AppError("not_found", "There is no such outlet.");
    const clash = await tx.outlet.findFirst({
      where: { name: { equals: input.name, mode: "insensitive" }, id: { not: input.id } },
      select: { name: true },
    });
    if (clash)
      throw new AppError("validation_failed", `An outlet named “${clash.name}” already exists.`, {
        name: [`“${clash.name}” exists: merge the two instead.`],
      });
    const { count } = await tx.outlet.updateMany({
      where: { id: input.id, version: input.version },
      data: { name: input.name, kind: input.kind, domains: input.domains, version: { increment: 1 } },
    });
    if (count === 0)
      throw new AppError(
        "conflict",
        `Someone else changed this outlet after you opened it (now version ${before.version}). Reload to see their change; nothing of yours was saved.`,
      );
    const after = await tx.outlet.findUniqueOrThrow({ where: { id: input.id }, select: OUTLET_SELECT });
    await writeRevision({
      tx,
      entityType: "outlet",
      entityId: input.id,
      action: "update",
      before,
      after,
      actor: opts.actor,
    });
    return after;
  });
}
