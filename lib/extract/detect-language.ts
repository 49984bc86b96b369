// Which language a text, or each of its sentences, is written in: counts each lexicon's own words
// (markers, scale, unit and qualifier words; words two languages share do not count). A sentence
// with no clear lead (a bare "43 boats") takes the language of the whole text; a tie there, English.
import { DEFAULT_LANG, LANGS, LEXICONS, type Lang } from "./lexicons";
import type { Span } from "./sentences";

let markerSets: Map<Lang, Set<string>> | null = null;

function markers(): Map<Lang, Set<string>> {
  if (markerSets) return markerSets;
  const own = LANGS.map((lang) => {
    const lex = LEXICONS[lang];
    const phrases = [
      ...lex.markers,
      ...Object.keys(lex.scales),
      ...Object.keys(lex.units),
      ...Object.keys(lex.numberWords),
      ...Object.keys(lex.multiplierWords),
      ...Object.values(lex.qualifiers).flat(),
    ];
    return [lang, new Set(phrases.flatMap((p) => p.toLowerCase().split(/\s+/)).filter((w) => w.length > 1))] as const;
  });
  const seen = new Map<string, number>();
  for (const [, set] of own) for (const w of set) seen.set(w, (seen.get(w) ?? 0) + 1);
  markerSets = new Map(own.map(([lang, set]) => [lang, new Set([...set].filter((w) => seen.get(w) === 1))]));
  return markerSets;
}

function scores(text: string): Map<Lang, number> {
  const sets = markers();
  const out = new Map<Lang, number>(LANGS.map((l) => [l, 0]));
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const lang of LANGS) {
      const hasEnding = word.length > 4 && LEXICONS[lang].markerEndings.some((e) => word.endsWith(e));
      const isOwn = sets.get(lang)!.has(word) || hasEnding;
      if (isOwn) out.set(lang, out.get(lang)! + 1);
    }
  }
  return out;
}

function leader(s: Map<Lang, number>): Lang | null {
  const ranked = [...s].sort((a, b) => b[1] - a[1]);
  return ranked[0]![1] > 0 && ranked[0]![1] > (ranked[1]?.[1] ?? 0) ? ranked[0]![0] : null;
}

/** The language of the whole text: the one whose words it uses most, English when none leads. */
export function detectLanguage(text: string): Lang {
  return leader(scores(text)) ?? DEFAULT_LANG;
}

/** One language per sentence; sentences without a clear lead take the text's. */
export function detectSentenceLanguages(text: string, sentences: Span[]): Lang[] {
  const whole = detectLanguage(text);
  return sentences.map((s) => leader(scores(text.slice(s.start, s.end))) ?? whole);
}
