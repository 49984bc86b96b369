import "server-only";
// Two sources that are one ("Agence France-Presse" added by hand and the directory's AFP): every
// citation of the duplicate is repointed to the survivor (a citation revision per observation),
// the survivor gains the duplicate's name, aliases and domains, the duplicate is kept but marked
// merged (hidden from pickers). One transaction; nothing is deleted. As outlets are merged.
import type { Actor } from "../auth/actor";
import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { writeRevision } from "../revisions/write-revision";
import { parseInput } from "../validate";
import { linkCitations } from "./link-citations";
import { listSources } from "./list-sources";
import { ZMergeSources } from "./schemas";
import { SOURCE_SELECT, type SourceDto } from "./source-dto";

export type MergeSourcesResult = { survivor: SourceDto; duplicate: SourceDto; repointed: number };

export async function mergeSources(opts: { db?: Db; actor: Actor; input: unknown }): Promise<MergeSourcesResult> {
  const input = parseInput(ZMergeSources, opts.input);
  const { actor } = opts;
  return (opts.db ?? getDb()).$transaction(async (tx) => {
    const ids = [input.duplicateId, input.survivorId].sort();
    await tx.$queryRaw`SELECT 1 FROM source WHERE id = ${ids[0]}::uuid OR id = ${ids[1]}::uuid ORDER BY id FOR UPDATE`;
    const [duplicate, survivor] = await Promise.all([
      tx.source.findUnique({ where: { id: input.duplicateId }, select: SOURCE_SELECT }),
      tx.source.findUnique({ where: { id: input.survivorId }, select: SOURCE_SELECT }),
    ]);
    if (!duplicate || !survivor) throw new AppError("not_found", "One of those sources no longer exists.");
    if (duplicate.mergedIntoId || survivor.mergedIntoId)
      throw new AppError("conflict", "One of those sources was already merged into another; reload the page.");

    const aliases = [...new Set([...survivor.aliases, duplicate.name, ...duplicate.aliases])];
    const domains = [...new Set([...survivor.domains, ...duplicate.domains])];
    const survivorAfter = await tx.source.update({
      where: { id: survivor.id },
      data: { aliases, domains, version: { increment: 1 } },
      select: SOURCE_SELECT,
    });
    const duplicateAfter = await tx.source.update({
      where: { id: duplicate.id },
      data: { mergedIntoId: survivor.id, version: { increment: 1 } },
      select: SOURCE_SELECT,
    });
    await writeRevision({
      tx,
      entityType: "source",
      entityId: survivor.id,
      action: "merge",
      before: survivor,
      after: survivorAfter,
      actor,
      reason: input.reason,
    });
    await writeRevision({
      tx,
      entityType: "source",
      entityId: duplicate.id,
      action: "merge",
      before: duplicate,
      after: duplicateAfter,
      actor,
      reason: input.reason,
    });

    const sources = await listSources({ db: tx });
    const cited = await tx.citation.findMany({
      where: { sourceId: duplicate.id },
      select: {
        observationId: true,
        observation: {
          select: { citedSources: true, citations: { select: { position: true, sourceId: true, isConfirmed: true } } },
        },
      },
      distinct: ["observationId"],
    });
    for (const c of cited) {
      const chosen = c.observation.citedSources.map((_, position) => {
        const link = c.observation.citations.find((l) => l.position === position);
        if (!link) return null;
        if (link.sourceId === duplicate.id) return survivor.id;
        return link.isConfirmed ? link.sourceId : null;
      });
      await linkCitations({
        tx,
        actor,
        observationId: c.observationId,
        citedSources: c.observation.citedSources,
        chosen,
        sources,
        reason: input.reason,
      });
    }
    return { survivor: survivorAfter, duplicate: duplicateAfter, repointed: cited.length };
  });
}
