import "server-only";
// Renames or reclassifies an outlet, version-checked, with its revision. Observations show the
// outlet's current name; each observation's own history keeps the name it had then.
import type { Actor } from "../auth/actor";
import { getDb, type Db } from "../db/client";
import { refuseTakenName } from "../revisions/refuse-taken-name";
import { saveVersioned } from "../revisions/save-versioned";
import { parseInput } from "../validate";
import { OUTLET_SELECT, type OutletDto } from "./outlet-dto";
import { ZUpdateOutlet } from "./schemas";
import { sameName } from "../revisions/same-name";

export async function updateOutlet(opts: { db?: Db; actor: Actor; input: unknown }): Promise<OutletDto> {
  const db = opts.db ?? getDb();
  const input = parseInput(ZUpdateOutlet, opts.input);
  const { id, version } = input;
  return db.$transaction(async (tx) => {
    const clash = await tx.outlet.findFirst({ where: sameName(input.name, id), select: { name: true } });
    refuseTakenName(clash, "outlet");
    return saveVersioned({
      tx,
      actor: opts.actor,
      entityType: "outlet",
      entityId: id,
      read: () => tx.outlet.findUnique({ where: { id }, select: OUTLET_SELECT }),
      update: () =>
        tx.outlet.updateMany({
          where: { id, version },
          data: { name: input.name, kind: input.kind, domains: input.domains, version: { increment: 1 } },
        }),
    });
  });
}
