import "server-only";
// An editor's decision: every cited step written exactly `text`, in every observation, names
// `sourceId`. Each changed observation's links get a citation revision (confirmed links). With
// `newSource`, the source is created first (with `text` as an alias) and then confirmed.
import type { Actor } from "../auth/actor";
import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { parseInput } from "../validate";
import { createSource } from "./create-source";
import { linkCitations } from "./link-citations";
import { listSources } from "./list-sources";
import { ZConfirmCitations, ZCreateSource } from "./schemas";

export async function confirmCitations(opts: {
  db?: Db;
  actor: Actor;
  input: unknown;
  newSource?: unknown;
}): Promise<{ source: string; observations: number }> {
  const { actor } = opts;
  return (opts.db ?? getDb()).$transaction(
    async (tx) => {
      const created = opts.newSource
        ? await createSource({ tx, actor, input: parseInput(ZCreateSource, opts.newSource) })
        : null;
      const raw = (opts.input ?? {}) as Record<string, unknown>;
      const input = parseInput(ZConfirmCitations, created ? { ...raw, sourceId: created.id } : raw);
      const sources = await listSources({ db: tx });
      const source = sources.find((s) => s.id === input.sourceId);
      if (!source)
        throw new AppError("validation_failed", "That source no longer exists.", {
          sourceId: ["Pick a source from the list."],
        });
      const rows = await tx.observation.findMany({
        where: { citedSources: { has: input.text } },
        select: {
          id: true,
          citedSources: true,
          citations: { select: { position: true, sourceId: true, isConfirmed: true } },
        },
      });
      for (const o of rows) {
        const chosen = o.citedSources.map((text, position) => {
          if (text === input.text) return source.id;
          const link = o.citations.find((l) => l.position === position);
          return link?.isConfirmed ? link.sourceId : null;
        });
        await linkCitations({
          tx,
          actor,
          observationId: o.id,
          citedSources: o.citedSources,
          chosen,
          sources,
          reason: `“${input.text}” is ${source.name}`,
        });
      }
      return { source: source.name, observations: rows.length };
    },
    { timeout: 120_000 },
  );
}
