import "server-only";
// Renames or reclassifies a source, or changes its aliases and domains: version-checked, with its
// revision. Existing links stay; new aliases take effect for the next values logged or confirmed.
import type { Actor } from "../auth/actor";
import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { writeRevision } from "../revisions/write-revision";
import { parseInput } from "../validate";
import { ZUpdateSource } from "./schemas";
import { SOURCE_SELECT, type SourceDto } from "./source-dto";

export async function updateSource(opts: { db?: Db; actor: Actor; input: unknown }): Promise<SourceDto> {
  const input = parseInput(ZUpdateSource, opts.input);
  return (opts.db ?? getDb()).$transaction(async (tx) => {
    const before = await tx.source.findUnique({ where: { id: input.id }, select: SOURCE_SELECT });
    if (!before) throw new AppError("not_found", "There is no such source.");
    const clash = await tx.source.findFirst({
      where: { name: { equals: input.name, mode: "insensitive" }, id: { not: input.id } },
      select: { name: true },
    });
    if (clash)
      throw new AppError("validation_failed", `A source named “${clash.name}” already exists.`, {
        name: [`“${clash.name}” exists: merge the two instead.`],
      });
    const { count } = await tx.source.updateMany({
      where: { id: input.id, version: input.version },
      data: {
        name: input.name,
        kind: input.kind,
        aliases: [...new Set(input.aliases)],
        domains: input.domains,
        version: { increment: 1 },
      },
    });
    if (count === 0)
      throw new AppError(
        "conflict",
        `Someone else changed this source after you opened it (now version ${before.version}). Reload to see their change; nothing of yours was saved.`,
      );
    const after = await tx.source.findUniqueOrThrow({ where: { id: input.id }, select: SOURCE_SELECT });
    await writeRevision({
      tx,
      entityType: "source",
      entityId: input.id,
      action: "update",
      before,
      after,
      actor: opts.actor,
    });
    return after;
  });
}
