// Units as reporters write them → one comparable spelling, so "tons" matches a figure in "tonnes",
// "$" matches "USD" and "personas" (or "muertos", "víctimas") matches "people". Pure; used by the
// extractor's preselection and the log warnings. Each lexicon's unit words count as synonyms.
import { LEXICONS } from "./lexicons";

/** Currencies Tally knows by code (a figure's unit may be one of these). */
export const CURRENCIES = ["USD", "EUR", "GBP", "COP"] as const;

const ALIASES: Record<string, string> = {
  $: "usd",
  usd: "usd",
  us$: "usd",
  dollar: "usd",
  "us dollar": "usd",
  "€": "eur",
  eur: "eur",
  euro: "eur",
  "£": "gbp",
  gbp: "gbp",
  cop: "cop",
  col$: "cop",
  "colombian peso": "cop",
  peso: "cop",
  "%": "percent",
  percent: "percent",
  "per cent": "percent",
  pct: "percent",
  percentage: "percent",
  ton: "tonne",
  tonne: "tonne",
  "metric ton": "tonne",
  t: "tonne",
  person: "people",
  people: "people",
  ha: "hectare",
  kg: "kilogram",
  kilo: "kilogram",
  boat: "vessel",
};

function singular(word: string): string {
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("s") && !word.endsWith("ss") && word.length > 2) return word.slice(0, -1);
  return word;
}

const base = (u: string) => ALIASES[u] ?? ALIASES[singular(u)] ?? singular(u);

// "personas" → "people", "hectáreas" → "hectare", "pesos" → "cop": every lexicon's words, normalized.
const SYNONYMS = new Map(
  Object.values(LEXICONS).flatMap((lex) =>
    Object.entries(lex.units).map(([word, unit]) => [word.toLowerCase(), base(unit.toLowerCase())] as const),
  ),
);

/** "Tonnes" → "tonne", "$" → "usd", "Percent" → "percent", "vessels" → "vessel", "personas" → "people". */
export function normalizeUnit(unit: string): string {
  const u = unit.trim().toLowerCase().replace(/\s+/g, " ");
  return SYNONYMS.get(u) ?? base(u);
}

export function unitsMatch(a: string, b: string): boolean {
  return normalizeUnit(a) === normalizeUnit(b);
}
