// Cited text → the source it names, from the sources' names and aliases. Pure.
// The longest alias found inside the text wins, as whole words: "US military figures" is the US
// military, not the US government; "according to AFP tallies" is AFP. Ties go to the earlier
// source in the list, so the directory's order decides between equals.
import { normalizeCitation } from "./normalize";

export type SourceCandidate = { id: string; name: string; kind: string; aliases: string[] };
export type SourceMatch<S extends SourceCandidate> = { source: S; alias: string };

export type SourceMatcher<S extends SourceCandidate> = (text: string) => SourceMatch<S> | null;

/** Prepares the sources once (normalised aliases, longest first) and returns a matcher. */
export function sourceMatcher<S extends SourceCandidate>(sources: S[]): SourceMatcher<S> {
  const entries = sources
    .flatMap((source, order) =>
      [source.name, ...source.aliases].map((alias) => ({ source, alias, norm: normalizeCitation(alias), order })),
    )
    .filter((e) => e.norm.length > 0)
    .sort(
      (a, b) =>
        b.norm.split(" ").length - a.norm.split(" ").length || b.norm.length - a.norm.length || a.order - b.order,
    );
  // Imports cite the same few texts thousands of times.
  const seen = new Map<string, SourceMatch<S> | null>();
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined) return known;
    const padded = ` ${normalizeCitation(text)} `;
    const hit = padded.trim() === "" ? undefined : entries.find((e) => padded.includes(` ${e.norm} `));
    const result = hit ? { source: hit.source, alias: hit.alias } : null;
    if (seen.size < 10_000) seen.set(text, result);
    return result;
  };
}

export function resolveSource<S extends SourceCandidate>(text: string, sources: S[]): SourceMatch<S> | null {
  return sourceMatcher(sources)(text);
}
