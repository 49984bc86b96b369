import "server-only";
// Two sources that are one ("Agence France-Presse" added by hand and the directory's AFP): every
// citation of the duplicate is repointed to the survivor (a citation revision per observation),
// the survivor gains the duplicate's name, aliases and domains, the duplicate is kept but marked
// merged (hidden from pickers). One transaction; nothing is deleted. As outlets are merged.
import type { Actor } from "../auth/actor";
import { getDb, type Db } from "../db/client";
import { lockMergePair } from "../revisions/lock-merge-pair";
import { markMerged } from "../revisions/mark-merged";
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
    const { duplicate, survivor } = await lockMergePair({
      tx,
      table: "source",
      input,
      read: (id) => tx.source.findUnique({ where: { id }, select: SOURCE_SELECT }),
    });
    const merged = await markMerged({
      tx,
      entityType: "source",
      actor,
      reason: input.reason,
      survivor,
      duplicate,
      survivorGains: { aliases: [...new Set([...survivor.aliases, duplicate.name, ...duplicate.aliases])] },
      update: (id, data) => tx.source.update({ where: { id }, data, select: SOURCE_SELECT }),
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
    return { ...merged, repointed: cited.length };
  });
}
