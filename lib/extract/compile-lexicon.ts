// A lexicon's word lists turned into the regular expressions the parser runs, once per language.
import type { Lexicon } from "./lexicons/types";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Longest first, so "mil millones" wins over "mil" and "poco más de" over "más de". */
const alt = (words: Iterable<string>) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escape(w).replace(/ /g, String.raw`\s+`))
    .join("|");
const lower = (r: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k.toLowerCase(), v]));

export type CompiledLexicon = ReturnType<typeof compileLexicon>;

export function compileLexicon(lex: Lexicon) {
  const group = lex.decimalMark === "," ? "." : ",";
  const g = `[${escape(group)}\u00a0\u202f]`;
  const d = escape(lex.decimalMark);
  // "253.000" / "1.200,5" (grouped) first; then "8,6" / "1.5" (a lone mark is a decimal mark).
  const grouped = String.raw`\d{1,3}(?:${g}\d{3})+(?:${d}\d+)?`;
  // In Spanish a lone "." is a decimal mark too ("1.5"); "1.200" matched as grouped first.
  const single = lex.decimalMark === "," ? String.raw`\d+(?:[,.]\d+)?` : String.raw`\d+(?:${d}\d+)?`;
  const digits = `${grouped}|${single}`;
  const wordList = [...Object.keys(lex.numberWords), ...Object.keys(lex.multiplierWords), ...lex.articleOne];
  const word = String.raw`(?:${alt(wordList)})(?![\p{L}])`;
  const joiner = String.raw`(?:${alt(lex.numberJoiners)})(?![\p{L}])`;
  const spelled = String.raw`(?<![\p{L}])${word}(?:(?:\s+|-)(?:${word}|${joiner}))*`;
  const signs = Object.keys(lex.currencySigns);
  const cur = signs.map((s) => (/^\p{L}/u.test(s) ? `(?<![\\p{L}])${escape(s)}(?![\\p{L}])` : escape(s))).join("|");
  const head = String.raw`(?:(?<cur>${cur})\s?)?(?<num>${digits}|${spelled})`;
  // "más de" also as "más del", "en torno a" as "en torno al".
  const fused = (p: string) => {
    const last = p.split(" ").at(-1)!;
    const fusedForm = lex.contractions[last];
    return fusedForm && p.includes(" ") ? [p, `${p.slice(0, -last.length)}${fusedForm}`] : [p];
  };
  const qualifierOf = new Map(
    Object.entries(lex.qualifiers).flatMap(([q, ps]) => ps.flatMap(fused).map((p) => [p.toLowerCase(), q] as const)),
  );
  const linkFillers = lex.fillers.length ? String.raw`(?:(?:${alt(lex.fillers)})\s+)?` : "";
  const fillers = lex.fillers.length ? String.raw`(?:\s+(?:${alt(lex.fillers)}))?` : "";
  const afterOf = new Map(
    Object.entries(lex.qualifiersAfter).flatMap(([q, ps]) => ps.map((p) => [p.toLowerCase(), q] as const)),
  );
  const rangeLinks = [...lex.ranges.flatMap((r) => r.link), ...lex.bareRangeLinks];
  return {
    lex,
    // Not inside a word, code or another number ("COVID-19", "F-35", "9/11", "14:30", "FY2025").
    number: new RegExp(String.raw`(?<![\p{L}\p{N}_\-/:.,$€£¥])${head}`, "giu"),
    numberAt: new RegExp(String.raw`^${head}`, "iu"),
    isGrouped: new RegExp(String.raw`^\d{1,3}(?:${g}\d{3})+(?:${d}\d+)?$`),
    groupMark: new RegExp(g, "g"),
    token: /\p{L}+/gu,
    scale: new RegExp(String.raw`^(?:\s+|-)(${alt(Object.keys(lex.scales))})(?![\p{L}])`, "iu"),
    suffix: Object.keys(lex.scaleSuffixes).length
      ? new RegExp(String.raw`^(${alt(Object.keys(lex.scaleSuffixes))})\b`, "i")
      : null,
    scales: lower(lex.scales) as Record<string, number>,
    suffixes: lower(lex.scaleSuffixes) as Record<string, number>,
    percent: new RegExp(String.raw`^\s?(${alt(Object.keys(lex.percentWords))})(?![\p{L}])`, "iu"),
    percentOf: lower(lex.percentWords) as Record<string, string>,
    unitLink: lex.unitLinks.length ? new RegExp(String.raw`^\s+(?:${alt(lex.unitLinks)})(?=\s)`, "iu") : null,
    unitWord: new RegExp(String.raw`^\s+(${alt(Object.keys(lex.units))}|\p{L}[\p{L}’'-]*)(?![\p{L}])`, "iu"),
    units: lower(lex.units) as Record<string, string>,
    currencies: new Set(Object.values(lex.currencySigns)),
    stop: new Set(lex.stopwords.map((w) => w.toLowerCase())),
    qualifierBefore: new RegExp(String.raw`(?:^|[^\p{L}])(${alt(qualifierOf.keys())})${fillers}\s*$`, "iu"),
    qualifierOf,
    qualifierAfter: new RegExp(String.raw`^\s*,?\s*(${alt(afterOf.keys())})(?![\p{L}])`, "iu"),
    afterOf,
    rangeOpen: new RegExp(String.raw`(?:^|[^\p{L}])(${alt(lex.ranges.map((r) => r.open))})${fillers}\s*$`, "iu"),
    rangeLink: new RegExp(String.raw`^\s*(?:([-–—])|\s(${alt(rangeLinks)})\s+${linkFillers})\s*`, "iu"),
    changeNear: new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(lex.changeWords)})(?![\p{L}])`, "iu"),
    change: new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(lex.changeWords)})(?:\s+\p{L}+){0,2}\s*$`, "iu"),
    dateWordBefore: new RegExp(String.raw`(?:^|[^\p{L}])(?:${alt(lex.dateWordsBefore)})[\s-]*$`, "iu"),
    yearNouns: new Set(lex.yearNouns),
  };
}
