// Finds figure-like numbers in pasted text ("at least 43 people", "$230 million", "al menos 57
// personas", "entre 12 y 15") and proposes what an editor would log for each: value or low/high as
// exact decimal strings, qualifier, unit, and the sentence to quote, with character offsets into the
// text. Each sentence is read in its own language (detected, or the one asked for) through that
// language's lexicon (./lexicons); the rules here hold no words of any language.
// Pure and synchronous: the log form runs it in the browser, POST /api/extract on the server.
// Dates and years ("in 2023", "Oct. 24", "24 de octubre de 2025") are not figures and are left out.
import { compareDecimal, shiftDecimal } from "../values/decimal";
import { clipQuote, MAX_QUOTE_CHARS } from "./clip-quote";
import { compileLexicon, type CompiledLexicon } from "./compile-lexicon";
import { detectSentenceLanguages } from "./detect-language";
import { LEXICONS, type Lang } from "./lexicons";
import type { Qualifier } from "./lexicons/types";
import { splitSentences } from "./sentences";

export type { Qualifier, Lang };
export { MAX_QUOTE_CHARS };

export type Candidate = {
  /** null for a range */
  value: string | null;
  low: string | null;
  high: string | null;
  qualifier: Qualifier;
  /** "USD", "EUR", "COP", "percent", a lexicon's unit ("people", "hectares"), or the word after the number */
  unit: string | null;
  /** the matched words, qualifier and unit included: "at least 43 people" */
  text: string;
  start: number;
  end: number;
  /** the sentence that holds it (at most MAX_QUOTE_CHARS of it, around the number), to log as the quote */
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  /** the language it was read as */
  lang: Lang;
};

export type ExtractOptions = { lang?: Lang | "auto" };

/** At most this many candidates per text: a page of "1 1 1 …" proposes no more. */
export const MAX_CANDIDATES = 200;

const compiled = new Map<Lang, CompiledLexicon>();
const lexiconFor = (lang: Lang) => compiled.get(lang) ?? compiled.set(lang, compileLexicon(LEXICONS[lang])).get(lang)!;

type Num = {
  raw: string;
  value: string;
  isWord: boolean;
  cur?: string;
  start: number;
  end: number;
  /** "un", "medio": a number only before a scale */
  needsScale: boolean;
  /** "un centenar": a round estimate */
  isRound: boolean;
  /** ends with a multiplier ("dos docenas"), so "de" may link it to its unit like a scale */
  endsWithMultiplier: boolean;
};

/** "cuarenta y tres" → 43, "dos docenas" → 24, "one hundred and five" → 105; stops where the words stop
 *  making one number. */
function readSpelled(c: CompiledLexicon, raw: string) {
  const { numberWords, multiplierWords, articleOne, numberJoiners } = c.lex;
  let total = 0;
  let cur = 0;
  let length = 0;
  let prev: { value: number; isMultiplier: boolean } | null = null;
  let joiner: string | null = null;
  let isWeak = true; // only "a"/"un"/"medio": a number only before a scale ("un millón", "medio millón")
  let isRound = false; // "un centenar": about 100
  for (const m of raw.matchAll(c.token)) {
    const t = m[0].toLowerCase();
    if (numberJoiners.includes(t)) {
      if (!prev || joiner) break;
      joiner = t;
      continue;
    }
    const v = numberWords[t];
    const mult = multiplierWords[t];
    const isArticle = articleOne.includes(t);
    if (v === undefined && mult === undefined && !isArticle) break;
    if (isArticle && prev && !Number.isInteger(prev.value) && v === undefined) {
      length = m.index + m[0].length; // "half a dozen", "half a million"
      continue;
    }
    if (prev && v !== undefined) {
      const isTens = !prev.isMultiplier && prev.value >= 20 && prev.value < 100 && prev.value % 10 === 0;
      const afterTens = isTens && v >= 1 && v < 10;
      const afterHundreds = !prev.isMultiplier && prev.value >= 100 && prev.value % 100 === 0 && v < 100;
      const afterMultiplier = prev.isMultiplier && prev.value >= 100 && v < prev.value;
      // "cuarenta y tres", "ciento veinte", "mil doscientos"
      if (!(afterTens || afterHundreds || afterMultiplier)) break;
    } else if (prev && joiner) break;
    else if (prev && mult === undefined) break;
    else if (!prev && mult !== undefined && !c.lex.standaloneMultipliers.includes(t)) break; // "docenas de", "dozen"
    if (mult !== undefined) {
      if (mult === 1000) {
        total += (cur || 1) * 1000;
        cur = 0;
      } else cur = (cur || 1) * mult;
      prev = { value: mult, isMultiplier: true };
      isWeak = false;
    } else {
      const value = v ?? 1;
      cur += value;
      prev = { value, isMultiplier: false };
      if (!isArticle && Number.isInteger(value)) isWeak = false;
    }
    joiner = null;
    if (c.lex.roundNumberWords.includes(t)) isRound = true;
    length = m.index + m[0].length;
  }
  if (!prev) return null;
  return { value: total + cur, length, needsScale: isWeak, isRound, endsWithMultiplier: prev.isMultiplier };
}

function toDecimal(c: CompiledLexicon, raw: string): string {
  const plain = c.isGrouped.test(raw) ? raw.replace(c.groupMark, "") : raw;
  return shiftDecimal(plain.replace(",", "."), 0);
}

const NOT_SPELLED = { needsScale: false, isRound: false, endsWithMultiplier: false };

function readNumber(c: CompiledLexicon, m: RegExpExecArray, at: number): Num | null {
  const raw = m.groups!.num!;
  const numStart = at + m[0].length - raw.length;
  const cur = m.groups!.cur;
  const end = at + m[0].length;
  if (/^\d/.test(raw)) return { raw, value: toDecimal(c, raw), isWord: false, cur, start: at, end, ...NOT_SPELLED };
  const s = readSpelled(c, raw);
  if (!s) return null;
  const value = shiftDecimal(String(s.value), 0);
  const words = raw.slice(0, s.length);
  const { needsScale, isRound, endsWithMultiplier } = s;
  const spelled = { needsScale, isRound, endsWithMultiplier };
  return { raw: words, value, isWord: true, cur, start: at, end: numStart + s.length, ...spelled };
}

function readNumberAt(c: CompiledLexicon, text: string, at: number): Num | null {
  const m = c.numberAt.exec(text.slice(at, at + 60));
  return m ? readNumber(c, m, at) : null;
}

/** After a number: a spelled-out or attached scale ("230 million", "1,2 millones", "$1.3bn", "5k"). */
function readScale(c: CompiledLexicon, text: string, at: number, num: Num): { places: number; end: number } | null {
  const rest = text.slice(at, at + 24);
  const word = c.scale.exec(rest);
  if (word) return { places: c.scales[word[1]!.toLowerCase().replace(/\s+/g, " ")]!, end: at + word[0].length };
  const suffix = c.suffix?.exec(rest);
  if (suffix && !num.isWord && (num.cur || suffix[1]!.length > 1)) {
    return { places: c.suffixes[suffix[1]!.toLowerCase()]!, end: at + suffix[0].length };
  }
  return null;
}

function readPercent(c: CompiledLexicon, text: string, at: number): { unit: string; end: number } | null {
  const m = c.percent.exec(text.slice(at, at + 30));
  return m ? { unit: c.percentOf[m[1]!.toLowerCase().replace(/\s+/g, " ")]!, end: at + m[0].length } : null;
}

/** The unit word after a number: "43 people", "230 millones de dólares" (→ USD), "57 personas" (→ people). */
function readUnitWord(c: CompiledLexicon, text: string, at: number, isScaled: boolean) {
  // "15,000 U.S. troops", "300 soldados de EE.UU.": an initialism before the noun is not the unit.
  const initialism = /^\s+(?:\p{Lu}{1,2}\.){2,}(?=\s)/u.exec(text.slice(at, at + 12))?.[0].length ?? 0;
  const rest = text.slice(at + initialism, at + initialism + 60);
  at += initialism;
  const link = c.unitLink?.exec(rest);
  const tryAt = (offset: number) => {
    const m = c.unitWord.exec(rest.slice(offset));
    if (!m) return null;
    const word = m[1]!.toLowerCase().replace(/\s+/g, " ");
    if (c.stop.has(word)) return null;
    return { unit: c.units[word] ?? word, word, end: at + offset + m[0].length, isKnown: word in c.units };
  };
  // "de" links a scale to its unit ("millones de dólares", "millones de migrantes") and a plain number to a
  // unit Tally knows ("57 de las personas" no; "43 de ellos" never).
  const linked = link ? tryAt(link[0].length) : null;
  if (linked && (linked.isKnown || isScaled)) return linked;
  return link ? null : tryAt(0);
}

const isYearLike = (n: Num) => !n.isWord && /^(1[89]|20|21)\d\d$/.test(n.raw);

function readSentence(c: CompiledLexicon, text: string, from: number, to: number, lang: Lang, out: Candidate[]) {
  const sentence = text.slice(0, to); // nothing after the sentence is read; offsets stay the text's
  const numbers = new RegExp(c.number.source, c.number.flags);
  numbers.lastIndex = from;
  for (let m = numbers.exec(sentence); m && out.length < MAX_CANDIDATES; m = numbers.exec(sentence)) {
    const at = m.index;
    const first = readNumber(c, m, at);
    if (!first) continue;
    numbers.lastIndex = first.end;
    const head = sentence.slice(Math.max(from, first.start - 48), first.start);
    const after = sentence.slice(first.end, first.end + 3);
    // Ordinals and decades ("24th", "1990s", "24º"), times and fractions ("14:30", "9/11").
    if (!first.isWord && c.lex.ordinalAfter.test(after)) continue;
    if (/^[:/]\d/.test(after)) continue;
    // "Air Force One", "Formula One": a capitalized number word after a capitalized word is a name.
    if (first.isWord && /^\p{Lu}/u.test(first.raw) && /\p{Lu}\p{L}*\s+$/u.test(head.slice(-20))) continue;
    const next = sentence.slice(first.end, first.end + 20);
    if (first.isWord && first.value === "1" && c.lex.notANumberAfter?.test(next)) continue;

    let end = first.end;
    let unit: string | null = first.cur ? (c.lex.currencySigns[first.cur] ?? null) : null;
    const isAmbiguousSign = !!first.cur && c.lex.ambiguousSigns.includes(first.cur);
    const scale = readScale(c, sentence, end, first);
    if (first.needsScale && !scale) continue; // "un ataque", "a boat", "la media"
    if (scale) end = scale.end;
    const pct = readPercent(c, sentence, end);
    if (pct) {
      unit = pct.unit;
      end = pct.end;
    }

    // The qualifier right before the number (or its currency sign), and a range's opening word.
    const q = c.qualifierBefore.exec(head);
    const qWords = q?.[1]!.toLowerCase().replace(/\s+/g, " ");
    const unqualified: Qualifier = first.isRound ? "approximately" : "exact";
    let qualifier: Qualifier = qWords ? (c.qualifierOf.get(qWords) as Qualifier) : unqualified;
    let start = q ? first.start - (head.length - head.toLowerCase().lastIndexOf(q[1]!.toLowerCase())) : first.start;
    const beforeQualifier = q ? head.slice(0, head.length - (first.start - start)) : head;
    // "cayó un 27 % hasta 412,5 millones", "edged up to 9.1%": right after a change (or its amount), "hasta"
    // and "up to" say where it went, not a bound; "cut by up to 50%" keeps its bound.
    if (qWords && c.lex.qualifiersAfterChange.includes(qWords)) {
      const change = [...beforeQualifier.matchAll(new RegExp(c.changeNear.source, "giu"))].at(-1);
      const between = change ? beforeQualifier.slice(change.index + change[0].length) : null;
      if (between !== null && (between.trim() === "" || /\d/.test(between))) {
        qualifier = "exact";
        start = first.start;
      }
    }
    const open = c.rangeOpen.exec(beforeQualifier);
    const opener = open ? (c.lex.ranges.find((r) => r.open === open[1]!.toLowerCase()) ?? null) : null;
    const isChange = c.change.test(open ? beforeQualifier.replace(c.rangeOpen, " ") : beforeQualifier);

    // A range: "between 12 and 15", "entre 12 y 15", "de 20 a 30", "12 to 15", "12-15", "$12–15 million".
    // Not a change ("fell 27% to $412.5 million", "pasó de 20 a 30"), nor two different units.
    let second: Num | null = null;
    let secondPlaces = 0;
    const link = c.rangeLink.exec(sentence.slice(end, end + 12));
    const word = link?.[2]?.toLowerCase().replace(/\s+/g, " ");
    const links = opener ? opener.link : c.lex.bareRangeLinks;
    const isLinked = link && (link[1] ? true : links.includes(word!));
    if (link && isLinked && !(word && isChange) && !isYearLike(first)) {
      const n = readNumberAt(c, sentence, end + link[0].length);
      if (n && !n.needsScale) {
        let nEnd = n.end;
        const s2 = readScale(c, sentence, nEnd, n);
        if (s2) nEnd = s2.end;
        const p2 = readPercent(c, sentence, nEnd);
        const unit2 = p2?.unit ?? (n.cur ? c.lex.currencySigns[n.cur] : undefined);
        const low = shiftDecimal(first.value, scale?.places ?? s2?.places ?? 0);
        const isAscending = compareDecimal(low, shiftDecimal(n.value, s2?.places ?? 0)) < 0;
        if (!(unit && unit2 && unit !== unit2) && isAscending) {
          second = n;
          secondPlaces = s2?.places ?? 0;
          end = p2 ? p2.end : nEnd;
          if (!unit && unit2) unit = unit2;
        }
      }
    }
    const openerStart = opener ? first.start - (head.length - head.toLowerCase().lastIndexOf(opener.open)) : start;
    if (opener && second) start = Math.min(start, openerStart);
    if (opener === c.lex.ranges[0] && !second && !q) {
      // "between 12 boats" is not a range; the word says "about".
      qualifier = "approximately";
      start = openerStart;
    }
    let places = scale?.places ?? 0;
    // "$12–15 million": the first number takes the second's scale when that keeps it the lower one.
    if (second && !scale && secondPlaces && compareDecimal(first.value, second.value) <= 0) places = secondPlaces;

    const readAfter = () => {
      const qa = second || qualifier !== "exact" ? null : c.qualifierAfter.exec(sentence.slice(end, end + 24));
      if (qa) {
        qualifier = c.afterOf.get(qa[1]!.toLowerCase().replace(/\s+/g, " ")) as Qualifier;
        end += qa[0].length;
      }
    };
    readAfter();
    // "$230 million in aid" keeps USD; "230 million dollars" and "43 people" take the next word.
    let unitWord: string | null = null;
    if (!unit || isAmbiguousSign) {
      const w = readUnitWord(c, sentence, end, !!scale || first.endsWithMultiplier);
      if (w && (!unit || c.currencies.has(w.unit))) {
        unit = w.unit;
        unitWord = w.word;
        end = w.end;
        readAfter();
      }
    }

    // Dates are not figures.
    // A day of the month: "Oct. 24", "24 October", "hasta el 24 de octubre" (even after a qualifier).
    const plain = !first.cur && !scale && unit !== "percent" && !second;
    const near = sentence.slice(Math.max(from, first.start - 16), first.start);
    const isDay = c.lex.monthBefore.test(near) || c.lex.monthAfter.test(next);
    if (plain && !first.isWord && first.raw.length <= 2 && isDay) continue;
    if (isYearLike(first) && !first.cur && !scale && unit !== "percent" && !second) {
      const isDatePrefix = c.dateWordBefore.test(head) || c.lex.monthBefore.test(head) || /\d,?\s*$/.test(head);
      // A year followed by a count noun ("2000 people") is a figure; "2024 rose", "hasta 2025" are not.
      if (!unit || (!q && (isDatePrefix || c.yearNouns.has(unit) || !/s$/.test(unitWord ?? unit)))) continue;
    }

    const isRange = second !== null;
    const quote = clipQuote(text, { start: from, end: to }, { start, end });
    out.push({
      value: isRange ? null : shiftDecimal(first.value, places),
      low: isRange ? shiftDecimal(first.value, places) : null,
      high: isRange ? shiftDecimal(second!.value, secondPlaces || places) : null,
      qualifier: isRange ? "range" : qualifier,
      unit,
      text: text.slice(start, end),
      start,
      end,
      quote: text.slice(quote.start, quote.end),
      quoteStart: quote.start,
      quoteEnd: quote.end,
      lang,
    });
    numbers.lastIndex = end;
  }
}

export function extractFigures(text: string, opts: ExtractOptions = {}): Candidate[] {
  const sentences = splitSentences(text);
  const forced = opts.lang && opts.lang !== "auto" ? opts.lang : null;
  const langs: Lang[] = forced ? sentences.map(() => forced) : detectSentenceLanguages(text, sentences);
  const out: Candidate[] = [];
  sentences.forEach((s, i) => {
    if (out.length < MAX_CANDIDATES) readSentence(lexiconFor(langs[i]!), text, s.start, s.end, langs[i]!, out);
  });
  return out;
}
