// Independent sources, pure: a report's origin is the last step of its cited chain (the source it
// is linked to, or the text as written when no source matches); outlets that repeat one origin
// are one voice. Used by the figure list and page, the API and the monitoring rule.
import { normalizeCitation } from "./normalize";
import type { SourceKind } from "./directory";

export type ReportOrigin = {
  /** the outlets whose latest reports end their cited chain here */
  outlets: string[];
  citedSources: string[];
  /** the source linked to the last step, if any */
  origin: { id: string; name: string; kind: SourceKind } | null;
};

export type IndependentSource = {
  name: string;
  kind: SourceKind;
  /** false when no source matched the cited text: the text is the name */
  isResolved: boolean;
  /** the outlets carrying it, by name */
  outlets: string[];
};

export type FigureSources = { independentSourceCount: number; sources: IndependentSource[] };

export const NO_SOURCES: FigureSources = { independentSourceCount: 0, sources: [] };

/** The default locale's collation, as localeCompare with no locale uses (made once: localeCompare makes one per call). */
const collator = new Intl.Collator();

export function independentSources(reports: ReportOrigin[]): FigureSources {
  const byKey = new Map<string, { source: Omit<IndependentSource, "outlets">; outlets: Set<string> }>();
  const add = (key: string, source: Omit<IndependentSource, "outlets">, outlets: string[]) => {
    let found = byKey.get(key);
    if (!found) byKey.set(key, (found = { source, outlets: new Set() }));
    for (const outlet of outlets) found.outlets.add(outlet);
  };
  for (const r of reports) {
    if (r.outlets.length === 0) continue;
    if (r.citedSources.length === 0) {
      // Each outlet that cites no one is its own voice, never one voice for all of them.
      for (const outlet of r.outlets) {
        const { key, name } = originOf([], [], outlet);
        add(key, { name, kind: "outlet_own", isResolved: false }, [outlet]);
      }
      continue;
    }
    const links = r.origin ? [{ position: r.citedSources.length - 1, source: r.origin }] : [];
    const { key, name } = originOf(r.citedSources, links, "");
    add(key, { name, kind: r.origin?.kind ?? "other", isResolved: Boolean(r.origin) }, r.outlets);
  }
  const sources = [...byKey.values()]
    .map(({ source, outlets }) => ({ ...source, outlets: [...outlets].sort(collator.compare) }))
    .sort((a, b) => b.outlets.length - a.outlets.length || collator.compare(a.name, b.name));
  return { independentSourceCount: sources.length, sources };
}

/** What "1 independent source (US government)" is said from (messages sources.independent). */
export function sourcesInWords(s: FigureSources): { count: number; names: string } {
  const n = s.independentSourceCount;
  return {
    count: n,
    names:
      s.sources
        .slice(0, 3)
        .map((x) => x.name)
        .join(", ") + (n > 3 ? ", …" : ""),
  };
}

/**
 * A report's origin as a key and a name: the source linked to the last step, else that step's text;
 * a report that cites no one is its outlet's own reporting.
 */
export function originOf(
  citedSources: string[],
  links: { position: number; source: { id: string; name: string } }[],
  outlet: string,
): { key: string; name: string } {
  const last = citedSources.length - 1;
  if (last < 0) return { key: `outlet:${normalizeCitation(outlet)}`, name: outlet };
  const linked = links.find((l) => l.position === last)?.source;
  const text = citedSources[last]!;
  return linked
    ? { key: `source:${linked.id}`, name: linked.name }
    : { key: `text:${normalizeCitation(text)}`, name: text };
}
