import "server-only";
// An import's citations, in bulk (imports run to 1,000,000 rows): each cited step is linked by
// alias as logging does, and a row's `origin` (a source's name or alias) links its last step,
// confirmed, because the file says so. An origin no source knows is created when the row gives
// its `origin_kind`; without one the step stays as the resolver left it. One INSERT … unnest for
// the links and one for their revisions, per chunk.
import type { Actor } from "../auth/actor";
import type { DbOrTx } from "../db/client";
import type { SourceKind } from "./directory";
import { createSource } from "./create-source";
import { listSources } from "./list-sources";
import { sourceMatcher } from "./resolve-source";
import type { SourceDto } from "./source-dto";

export type ImportedCitations = {
  id: string;
  citedSources: string[];
  origin: { name: string; kind: SourceKind | null } | null;
};

const CHUNK = 5_000;

export async function linkImportedCitations(opts: {
  tx: DbOrTx;
  actor: Actor;
  rows: ImportedCitations[];
}): Promise<{ newSources: number }> {
  const { tx, actor } = opts;
  const sources = await listSources({ db: tx });
  let match = sourceMatcher(sources);
  const byName = (name: string) =>
    sources.find((s) => s.name.toLowerCase() === name.trim().toLowerCase()) ?? match(name)?.source;
  let newSources = 0;
  for (const r of opts.rows) {
    if (!r.origin?.kind || byName(r.origin.name)) continue;
    sources.push(
      await createSource({ tx, actor, input: { name: r.origin.name, kind: r.origin.kind, aliases: [r.origin.name] } }),
    );
    match = sourceMatcher(sources);
    newSources++;
  }

  const links: { observationId: string; position: number; source: SourceDto; isConfirmed: boolean }[] = [];
  for (const r of opts.rows) {
    const last = r.citedSources.length - 1;
    const origin = r.origin ? byName(r.origin.name) : undefined;
    r.citedSources.forEach((text, position) => {
      const source = position === last && origin ? origin : match(text)?.source;
      if (source)
        links.push({ observationId: r.id, position, source, isConfirmed: position === last && Boolean(origin) });
    });
  }
  const cited = new Map(opts.rows.map((r) => [r.id, r.citedSources]));
  for (let i = 0; i < links.length; i += CHUNK) {
    const chunk = links.slice(i, i + CHUNK);
    await tx.$executeRawUnsafe(
      `INSERT INTO citation (observation_id, position, source_id, is_confirmed)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::uuid[], $4::boolean[])`,
      chunk.map((l) => l.observationId),
      chunk.map((l) => l.position),
      chunk.map((l) => l.source.id),
      chunk.map((l) => l.isConfirmed),
    );
  }
  const byObservation = new Map<string, typeof links>();
  for (const l of links) byObservation.set(l.observationId, [...(byObservation.get(l.observationId) ?? []), l]);
  const revisions = [...byObservation].map(([id, ls]) => ({
    id,
    after: JSON.stringify({
      citedSources: cited.get(id),
      links: ls.map((l) => ({
        position: l.position,
        sourceId: l.source.id,
        source: l.source.name,
        isConfirmed: l.isConfirmed,
      })),
    }),
  }));
  for (let i = 0; i < revisions.length; i += CHUNK) {
    const chunk = revisions.slice(i, i + CHUNK);
    await tx.$executeRawUnsafe(
      `INSERT INTO revision (entity_type, entity_id, action, after, actor, actor_id, reason)
       SELECT 'citation', t.id, 'create', t.after, $3, $4, 'CSV import' FROM unnest($1::text[], $2::jsonb[]) AS t(id, after)`,
      chunk.map((r) => r.id),
      chunk.map((r) => r.after),
      actor.name,
      actor.id,
    );
  }
  return { newSources };
}
