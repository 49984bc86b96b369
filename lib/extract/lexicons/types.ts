// What the parser needs to know about one language. The parser (../extract-figures.ts) holds no
// words of its own: adding a language is a new lexicon file listed in ./index.ts, not a new parser.
import type { Qualifier } from "../../values/qualifiers";

export type { Qualifier };

export type Lexicon = {
  lang: string;
  /** The decimal mark; the other mark groups thousands ("253.000" in Spanish, "253,000" in English). */
  decimalMark: "." | ",";
  /** Common words that tell this language apart when detecting it (scale and unit words count too). */
  markers: string[];
  /** Word endings that tell this language apart ("-ción", "-ieron"; "-ing"). */
  markerEndings: string[];
  /** Spelled numbers: "four" 4, "forty" 40, "doscientos" 200. */
  numberWords: Record<string, number>;
  /** Words that multiply what comes before them: "hundred" 100, "thousand"/"mil" 1000, "dozen"/"docenas" 12. */
  multiplierWords: Record<string, number>;
  /** Multipliers that stand alone for their value: "mil personas" (1000); "docenas de" (dozens) does not. */
  standaloneMultipliers: string[];
  /** Words that make a spelled number a round estimate: "un centenar" → about 100. */
  roundNumberWords: string[];
  /** "a", "un": 1 only before a multiplier or a scale ("a dozen", "un millón"), never alone. */
  articleOne: string[];
  /** Joins spelled numbers: "y" in "cuarenta y tres", "and" in "one hundred and five". */
  numberJoiners: string[];
  /** After a number, with the power of ten: "million" 6, "mil millones" 9, "billón" 12. */
  scales: Record<string, number>;
  /** Attached to digits: "$1.3bn", "5k" (only with a currency sign or two letters or more). */
  scaleSuffixes: Record<string, number>;
  /** Between a scale and its unit: "de" in "230 millones de dólares". */
  unitLinks: string[];
  /** Before the number: "at least", "al menos". */
  qualifiers: Partial<Record<Exclude<Qualifier, "range" | "exact">, string[]>>;
  /** Words allowed between a qualifier (or a range's link) and its number: "casi el 40 %", "al menos a 83". */
  fillers: string[];
  /** A qualifier's last word fused with "el": "más de" → "más del 60 %". */
  contractions: Record<string, string>;
  /** Qualifiers that mean "to" after a change: "cayó un 27 % hasta 412,5 millones". */
  qualifiersAfterChange: string[];
  /** After the number or its unit: "or more", "o más". */
  qualifiersAfter: Partial<Record<Exclude<Qualifier, "range" | "exact">, string[]>>;
  /** A range: opening word and the word that links the two numbers ("between" … "and", "de" … "a"). */
  ranges: { open: string; link: string[] }[];
  /** Links a range without an opening word ("12 to 15 boats"); a dash always does. */
  bareRangeLinks: string[];
  /** A change, not a range: "fell 27% to $412.5 million", "pasó de 20 a 30". */
  changeWords: string[];
  /** Currency signs and codes written before a number → ISO code. */
  currencySigns: Record<string, string>;
  /** A sign that is ambiguous here and yields to a currency word after it ("$" in Colombia is pesos). */
  ambiguousSigns: string[];
  /** Percent and the like, as written after a number (lowercase) → unit. */
  percentWords: Record<string, string>;
  /** Unit words (lowercase, multi-word first) → the unit Tally logs; other words are kept as written. */
  units: Record<string, string>;
  /** Words after a number that are not its unit. */
  stopwords: string[];
  /** After digits: ordinals and decades ("24th", "1990s", "24º"). */
  ordinalAfter: RegExp;
  /** A day's number next to its month: "Oct. 24" / "24 October" / "24 de octubre". */
  monthBefore: RegExp;
  monthAfter: RegExp;
  /** Words before a year that make it a date ("in 2023", "desde 2022"). */
  dateWordsBefore: string[];
  /** Nouns after a year that still make it a date ("2025 budget"). */
  yearNouns: string[];
  /** Before a capitalized number word that is not a number ("one of"). */
  notANumberAfter: RegExp | null;
};
