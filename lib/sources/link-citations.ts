import "server-only";
// Links each step of an observation's cited chain to a source, inside the caller's transaction:
// the editor's choice where given (confirmed), otherwise the resolver's proposal from the aliases
// (unconfirmed); a step no alias matches stays unlinked. The cited text is never changed. Writes
// a `citation` revision when links that existed change, or an editor chose one (a new value's
// automatic links need none: its create revision keeps the text they come from). Every
// observation write calls this.
import type { Actor } from "../auth/actor";
import type { DbOrTx } from "../db/client";
import { writeRevision } from "../revisions/write-revision";
import { listSources } from "./list-sources";
import { sourceMatcher, type SourceMatcher } from "./resolve-source";
import type { SourceDto } from "./source-dto";

export type CitationLink = { position: number; sourceId: string; source: string; isConfirmed: boolean };

export async function linkCitations(opts: {
  tx: DbOrTx;
  actor: Actor;
  observationId: string;
  citedSources: string[];
  /** per position: a source id an editor (or an import's `origin`) chose; null = propose */
  chosen?: (string | null | undefined)[];
  /** a prepared matcher, when linking many observations at once */
  matcher?: SourceMatcher<SourceDto>;
  sources?: SourceDto[];
  /** the chain as it was before an edit: a confirmed link whose step's text is unchanged is kept */
  previousCitedSources?: string[];
  reason?: string;
}): Promise<CitationLink[]> {
  const { tx } = opts;
  const sources = opts.sources ?? (await listSources({ db: tx }));
  const match = opts.matcher ?? sourceMatcher(sources);
  const byId = new Map(sources.map((s) => [s.id, s]));
  const before = await tx.citation.findMany({
    where: { observationId: opts.observationId },
    orderBy: { position: "asc" },
    select: { position: true, sourceId: true, isConfirmed: true, source: { select: { name: true } } },
  });
  const beforeLinks: CitationLink[] = before.map((c) => ({
    position: c.position,
    sourceId: c.sourceId,
    source: c.source.name,
    isConfirmed: c.isConfirmed,
  }));
  const kept = (position: number, text: string) =>
    opts.previousCitedSources?.[position] === text
      ? before.find((c) => c.position === position && c.isConfirmed)?.sourceId
      : undefined;

  const links: CitationLink[] = [];
  opts.citedSources.forEach((text, position) => {
    const chosen = opts.chosen?.[position] ?? kept(position, text);
    const source = chosen ? byId.get(chosen) : match(text)?.source;
    if (source) links.push({ position, sourceId: source.id, source: source.name, isConfirmed: Boolean(chosen) });
  });
  if (JSON.stringify(beforeLinks) === JSON.stringify(links)) return links;

  await tx.citation.deleteMany({ where: { observationId: opts.observationId } });
  if (links.length) {
    await tx.citation.createMany({
      data: links.map((l) => ({
        observationId: opts.observationId,
        position: l.position,
        sourceId: l.sourceId,
        isConfirmed: l.isConfirmed,
      })),
    });
  }
  // A new value's automatic links are read from its cited text, which its own create revision
  // keeps; a revision records a person's choice or a change to links that existed.
  const isAutomaticFirstLink = before.length === 0 && !opts.chosen?.some(Boolean);
  if (isAutomaticFirstLink) return links;
  await writeRevision({
    tx,
    entityType: "citation",
    entityId: opts.observationId,
    action: before.length ? "update" : "create",
    before: before.length ? { citedSources: opts.citedSources, links: beforeLinks } : undefined,
    after: { citedSources: opts.citedSources, links },
    actor: opts.actor,
    reason: opts.reason,
  });
  return links;
}
