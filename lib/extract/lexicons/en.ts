// English as wire copy writes it: "at least 43 people", "$230 million", "as many as 600".
import type { Lexicon } from "./types";

const UNITS = "zero one two three four five six seven eight nine".split(" ");
const TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(" ");
const TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split(" ");
const MONTH =
  String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|` +
  String.raw`Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;

export const en: Lexicon = {
  lang: "en",
  decimalMark: ".",
  markers: (
    "the of and to in is was were are said says that with for by from at have has had been they their this it on " +
    "which who people killed least more than about over nearly some officials according after its would will"
  ).split(" "),
  markerEndings: ["ing", "tion", "tions", "ed"],
  numberWords: Object.fromEntries([
    ["half", 0.5],
    ...UNITS.map((w, i) => [w, i] as const),
    ...TEENS.map((w, i) => [w, 10 + i] as const),
    ...TENS.map((w, i) => [w, 20 + 10 * i] as const),
  ]),
  multiplierWords: { hundred: 100, thousand: 1000, dozen: 12 },
  standaloneMultipliers: [],
  roundNumberWords: [],
  articleOne: ["a", "an"],
  numberJoiners: ["and"],
  scales: { thousand: 3, million: 6, billion: 9, trillion: 12 },
  scaleSuffixes: { k: 3, m: 6, mn: 6, b: 9, bn: 9, tn: 12 },
  unitLinks: [],
  qualifiers: {
    at_least: ["at least", "no fewer than", "no less than", "a minimum of", "at a minimum"],
    more_than: [
      "more than",
      "over",
      "above",
      "in excess of",
      "upwards of",
      "exceeding",
      "just over",
      "well over",
      "well above",
      "topped",
      "surpassed",
      "exceeded",
      "exceeds",
      "exceed",
      "surpasses",
      "tops",
    ],
    approximately: [
      "nearly",
      "almost",
      "about",
      "around",
      "approximately",
      "approx.",
      "roughly",
      "some",
      "an estimated",
      "estimated",
      "close to",
      "circa",
      "~",
      "just about",
      "an approximate",
    ],
    at_most: ["up to", "at most", "as many as", "as much as", "no more than", "a maximum of", "as high as"],
    less_than: ["fewer than", "less than", "under", "below", "just under", "just below"],
  },
  fillers: [],
  contractions: {},
  qualifiersAfterChange: ["up to"],
  qualifiersAfter: { at_least: ["or more"], at_most: ["or fewer", "or less"], approximately: ["or so"] },
  ranges: [
    { open: "between", link: ["and"] },
    { open: "from", link: ["to"] },
  ],
  bareRangeLinks: ["to"],
  changeWords: (
    "rose rise rises risen rising fell fall falls fallen falling dropped drop drops dropping declined decline " +
    "declines " +
    "increased increase increases decreased decrease decreases grew grow grows jumped jump climbed climb slipped " +
    "slid " +
    "plunged soared surged sank shrank shrunk cut cuts raised lowered reduced went gone up down gained lost edged " +
    "tumbled slumped doubled tripled revised"
  ).split(" "),
  currencySigns: {
    US$: "USD",
    $: "USD",
    USD: "USD",
    "€": "EUR",
    EUR: "EUR",
    "£": "GBP",
    GBP: "GBP",
    "¥": "JPY",
    A$: "AUD",
    C$: "CAD",
    COP: "COP",
  },
  ambiguousSigns: [],
  percentWords: {
    "%": "percent",
    percent: "percent",
    "per cent": "percent",
    "percentage points": "percentage points",
    "percentage point": "percentage points",
  },
  units: {
    "us dollars": "USD",
    dollars: "USD",
    dollar: "USD",
    euros: "EUR",
    euro: "EUR",
    "colombian pesos": "COP",
    pesos: "COP",
    "metric tons": "tonnes",
    "metric tonnes": "tonnes",
    persons: "people",
    dead: "people",
    kilos: "kilograms",
    kg: "kilograms",
  },
  beforeUnit: ["more", "other", "additional", "further", "extra"],
  stopwords: (
    "the a an of and or in on at to for from by with since as is was were are be been being has have had that " +
    "this these " +
    "those which who whom per than after before during until into over under but not it its their his her our " +
    "your more " +
    "less each every all also only just about around so if then there here when where while last next"
  ).split(" "),
  ordinalAfter: /^(?:st|nd|rd|th|s)\b/i,
  monthBefore: new RegExp(String.raw`\b${MONTH}\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$`, "u"),
  monthAfter: new RegExp(String.raw`^(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b`, "u"),
  dateWordsBefore: (
    "in for the this that last next since by until till through during before after from of early late mid year " +
    "years " +
    "fiscal FY circa spring summer autumn fall winter"
  ).split(" "),
  yearNouns: "fiscal budget election elections census season report survey world cup olympics games law act".split(" "),
  notANumberAfter: /^\s+(?:of|another|day|way|side|hand|time|point)\b/i,
};
