// Finds figure-like numbers in pasted text ("at least 43 people", "$230 million", "between 12 and
// 15") and proposes what an editor would log for each: value or low/high as exact decimal
// strings, qualifier, unit, and the sentence to quote, with character offsets into the text.
// Pure and synchronous: the log form runs it in the browser, POST /api/extract on the server.
// Dates and years ("in 2023", "Oct. 24", "October 24, 2025") are not figures and are left out.
import { shiftDecimal } from "../values/decimal";
import type { Qualifier } from "../values/qualifiers";
import { clipQuote } from "./clip-quote";
import { splitSentences } from "./sentences";

export type Candidate = {
  /** null for a range */
  value: string | null;
  low: string | null;
  high: string | null;
  qualifier: Qualifier;
  /** "USD", "EUR", "GBP", "percent", or the word after the number ("people", "hectares"); null if none */
  unit: string | null;
  /** the matched words, qualifier and unit included: "at least 43 people" */
  text: string;
  start: number;
  end: number;
  /** the sentence that holds it, to log as the quote */
  quote: string;
  quoteStart: number;
  quoteEnd: number;
};

const UNITS_WORDS = "zero|one|two|three|four|five|six|seven|eight|nine";
const TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
const TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const WORD_NUM = `(?:${TENS})(?:-(?:${UNITS_WORDS}))?|${TEENS}|${UNITS_WORDS}|dozen`;
const WORD_VALUES: Record<string, number> = Object.fromEntries(
  [...UNITS_WORDS.split("|"), ...TEENS.split("|")].map((w, i) => [w, i] as const).concat(TENS.split("|").map((w, i) => [w, 20 + 10 * i] as const), [["dozen", 12]]),
);

const CUR = String.raw`US\$|A\$|C\$|\$|€|£|¥`;
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
// Not inside a word, code or another number ("COVID-19", "F-35", "9/11", "14:30", "FY2025").
const NUMBER = new RegExp(String.raw`(?<![\p{L}\p{N}_\-/:.,$€£¥])(?<cur>${CUR})?\s?(?<num>${DIGITS}|\b(?:${WORD_NUM})\b)`, "giu");

const CURRENCY_UNIT: Record<string, string> = { "US$": "USD", $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "A$": "AUD", "C$": "CAD" };
const SCALE_WORDS: Record<string, number> = { thousand: 3, million: 6, billion: 9, trillion: 12 };
const SCALE_SUFFIX: Record<string, number> = { k: 3, m: 6, mn: 6, b: 9, bn: 9, tn: 12 };

const QUALIFIER_PHRASES: [Qualifier | "between", string[]][] = [
  ["at_least", ["at least", "no fewer than", "no less than", "a minimum of"]],
  ["more_than", ["more than", "over", "above", "in excess of", "upwards of", "exceeding", "just over", "well over", "well above"]],
  ["approximately", ["nearly", "almost", "about", "around", "approximately", "approx.", "roughly", "some", "an estimated", "estimated", "close to", "circa", "~"]],
  ["at_most", ["up to", "at most", "as many as", "no more than", "a maximum of"]],
  ["less_than", ["fewer than", "less than", "under", "below", "just under", "just below"]],
  ["between", ["between"]],
];
const QUALIFIER_OF = new Map(QUALIFIER_PHRASES.flatMap(([q, phrases]) => phrases.map((p) => [p, q] as const)));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const QUALIFIER_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(${[...QUALIFIER_OF.keys()].sort((a, b) => b.length - a.length).map(escape).join("|")})\s*$`,
  "iu",
);

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const MONTH_BEFORE = new RegExp(String.raw`\b${MONTH}\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$`, "u");
const MONTH_AFTER = new RegExp(String.raw`^(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b`, "u");
const DATE_WORD_BEFORE = /\b(?:in|for|the|this|that|last|next|since|by|until|till|through|during|before|after|from|of|early|late|mid|year|years|fiscal|FY|circa|spring|summer|autumn|fall|winter)[\s-]*$/i;

const STOPWORDS = new Set(
  "the a an of and or in on at to for from by with since as is was were are be been being has have had that this these those which who whom per than after before during until into over under but not it its their his her our your its more less each every all also only just about around so if then there here when where while last next".split(
    " ",
  ),
);
const YEAR_NOUNS = new Set("fiscal budget election elections census season report survey world cup olympics games law act".split(" "));

type Num = { raw: string; value: string; isWord: boolean; cur?: string; start: number; end: number };

function toDecimal(raw: string): string {
  const lower = raw.toLowerCase();
  if (lower in WORD_VALUES) return String(WORD_VALUES[lower]);
  const [tens, ones] = lower.split("-");
  if (ones !== undefined && tens! in WORD_VALUES) return String(WORD_VALUES[tens!]! + WORD_VALUES[ones]!);
  return shiftDecimal(raw.replace(/,/g, ""), 0);
}

/** After a number: an attached or spelled-out scale ("230 million", "$1.3bn", "5k"). */
function readScale(text: string, at: number, num: Num): { places: number; end: number } | null {
  const rest = text.slice(at, at + 20);
  const word = /^(?:\s+|-)(thousand|million|billion|trillion)\b/i.exec(rest);
  if (word) return { places: SCALE_WORDS[word[1]!.toLowerCase()]!, end: at + word[0].length };
  const suffix = /^(k|mn|m|bn|b|tn)\b/i.exec(rest);
  if (suffix && !num.isWord && (num.cur || suffix[1]!.length > 1)) return { places: SCALE_SUFFIX[suffix[1]!.toLowerCase()]!, end: at + suffix[0].length };
  return null;
}

function readPercent(text: string, at: number): { unit: string; end: number } | null {
  const m = /^\s?(?:(%)|(percentage points?)\b|(per\s?cent)\b)/i.exec(text.slice(at, at + 24));
  if (!m) return null;
  return { unit: m[2] ? "percentage points" : "percent", end: at + m[0].length };
}

function readUnitWord(text: string, at: number): { unit: string; end: number } | null {
  const m = /^\s+(?:US\s+)?((?:(?:metric|square|cubic)\s+)?\p{L}[\p{L}-]*)/u.exec(text.slice(at, at + 60));
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  if (STOPWORDS.has(word)) return null;
  const money: Record<string, string> = { dollars: "USD", dollar: "USD", euros: "EUR", euro: "EUR" };
  return { unit: money[word] ?? word, end: at + m[0].length };
}

function readNumberAt(text: string, at: number): Num | null {
  const re = new RegExp(String.raw`^(?<cur>${CUR})?\s?(?<num>${DIGITS}|(?:${WORD_NUM})\b)`, "iu");
  const m = re.exec(text.slice(at, at + 40));
  if (!m?.groups) return null;
  const raw = m.groups.num!;
  return { raw, value: toDecimal(raw), isWord: /^\p{L}/u.test(raw), cur: m.groups.cur, start: at, end: at + m[0].length };
}

const isYearLike = (n: Num) => !n.isWord && /^(1[89]|20|21)\d\d$/.test(n.raw);

/** At most this many candidates per text: a page of "1 1 1 …" proposes no more. */
export const MAX_CANDIDATES = 200;

export function extractFigures(text: string): Candidate[] {
  const sentences = splitSentences(text);
  const out: Candidate[] = [];
  const numbers = new RegExp(NUMBER.source, NUMBER.flags); // its own lastIndex: safe to call from anywhere
  for (let m = numbers.exec(text); m && out.length < MAX_CANDIDATES; m = numbers.exec(text)) {
    const raw = m.groups!.num!;
    const first: Num = { raw, value: toDecimal(raw), isWord: /^\p{L}/u.test(raw), cur: m.groups!.cur, start: m.index, end: m.index + m[0].length };
    const after = text.slice(first.end, first.end + 3);
    // Ordinals and decades ("24th", "1990s"), times and fractions ("14:30", "9/11").
    if (/^(?:st|nd|rd|th|s)\b/i.test(after) && !first.isWord) continue;
    if (/^[:/]\d/.test(after)) continue;
    // "Air Force One", "Formula One": a capitalized number word after a capitalized word is a name.
    if (first.isWord && /^\p{Lu}/u.test(raw) && /\p{Lu}\p{L}*\s+$/u.test(text.slice(Math.max(0, first.start - 20), first.start))) continue;
    if (first.isWord && raw.toLowerCase() === "one" && /^\s+(?:of|another|day|way|side|hand|time|point)\b/i.test(text.slice(first.end, first.end + 10))) continue;

    let end = first.end;
    let places = 0;
    let unit: string | null = first.cur ? CURRENCY_UNIT[first.cur] ?? null : null;
    const scale = readScale(text, end, first);
    if (scale) {
      places = scale.places;
      end = scale.end;
    }
    const pct = readPercent(text, end);
    if (pct) {
      unit = pct.unit;
      end = pct.end;
    }

    // The qualifier right before the number (or its currency sign).
    const before = text.slice(Math.max(0, first.start - 40), first.start);
    const q = QUALIFIER_BEFORE.exec(before);
    let qualifier: Qualifier | "between" = q ? QUALIFIER_OF.get(q[1]!.toLowerCase())! : "exact";
    const start = q ? first.start - (before.length - before.lastIndexOf(q[1]!)) : first.start;

    // A range: "between 12 and 15", "12 to 15", "12-15", "$12–15 million".
    let second: Num | null = null;
    const link = /^\s*(?:(-|–|—)|\s(to|and)\s)\s*/i.exec(text.slice(end, end + 8));
    const isFrom = /\bfrom\s*$/i.test(before);
    if (link && !(link[2]?.toLowerCase() === "and" && qualifier !== "between") && !(link[2] && isFrom)) {
      const n = readNumberAt(text, end + link[0].length);
      if (n && !isYearLike(first)) {
        second = n;
        end = n.end;
        const s2 = readScale(text, end, n);
        if (s2) {
          if (!scale) places = s2.places;
          end = s2.end;
        }
        const p2 = readPercent(text, end);
        if (p2) {
          unit = p2.unit;
          end = p2.end;
        }
        if (!unit && n.cur) unit = CURRENCY_UNIT[n.cur] ?? null;
      }
    }
    if (qualifier === "between" && !second) qualifier = "approximately";

    // "$230 million in aid" keeps USD; "230 million dollars" and "43 people" take the next word.
    if (!unit) {
      const w = readUnitWord(text, end);
      if (w) {
        unit = w.unit;
        end = w.end;
      }
    }

    // Dates are not figures.
    const plain = !first.cur && !scale && unit !== "percent" && !q && !second;
    if (plain && !first.isWord && first.raw.length <= 2 && (MONTH_BEFORE.test(text.slice(Math.max(0, first.start - 16), first.start)) || MONTH_AFTER.test(text.slice(first.end, first.end + 16)))) continue;
    if (plain && isYearLike(first)) {
      const isDatePrefix = DATE_WORD_BEFORE.test(before) || MONTH_BEFORE.test(before) || /\d,?\s*$/.test(before);
      // A year followed by a count noun ("2000 people") is a figure; "2024 rose" is not.
      if (isDatePrefix || !unit || YEAR_NOUNS.has(unit) || !/s$/.test(unit)) continue;
    }

    const scaled = (n: Num) => shiftDecimal(n.value, places);
    const isRange = second !== null;
    const whole = sentences.find((s) => first.start >= s.start && first.start < s.end) ?? { start: 0, end: text.length };
    const sentence = clipQuote(text, whole, { start, end });
    out.push({
      value: isRange ? null : scaled(first),
      low: isRange ? scaled(first) : null,
      high: isRange ? scaled(second!) : null,
      qualifier: isRange ? "range" : qualifier === "between" ? "approximately" : qualifier,
      unit,
      text: text.slice(start, end),
      start,
      end,
      quote: text.slice(sentence.start, sentence.end),
      quoteStart: sentence.start,
      quoteEnd: sentence.end,
    });
    numbers.lastIndex = end;
  }
  return out;
}
