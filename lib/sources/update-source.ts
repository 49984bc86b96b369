import "server-only";
// Renames or reclassifies a source, or changes its aliases and domains: version-checked, with its
// revision. Existing links stay; new aliases take effect for the next values logged or confirmed.
import type { Actor } from "../auth/actor";
import { getDb, type Db } from "../db/client";
import { refuseTakenName } from "../revisions/refuse-taken-name";
import { saveVersioned } from "../revisions/save-versioned";
import { parseInput } from "../validate";
import { ZUpdateSource } from "./schemas";
import { SOURCE_SELECT, type SourceDto } from "./source-dto";
import { sameName } from "../revisions/same-name";

export async function updateSource(opts: { db?: Db; actor: Actor; input: unknown }): Promise<SourceDto> {
  const input = parseInput(ZUpdateSource, opts.input);
  const { id, version } = input;
  return (opts.db ?? getDb()).$transaction(async (tx) => {
    const clash = await tx.source.findFirst({ where: sameName(input.name, id), select: { name: true } });
    refuseTakenName(clash, "source");
    return saveVersioned({
      tx,
      actor: opts.actor,
      entityType: "source",
      entityId: id,
      read: () => tx.source.findUnique({ where: { id }, select: SOURCE_SELECT }),
      update: () =>
        tx.source.updateMany({
          where: { id, version },
          data: {
            name: input.name,
            kind: input.kind,
            aliases: [...new Set(input.aliases)],
            domains: input.domains,
            version: { increment: 1 },
          },
        }),
    });
  });
}
