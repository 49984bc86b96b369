// Units as reporters write them → one comparable spelling, so "tons" matches a figure in "tonnes"
// and "$" matches "USD". Pure; used by the extractor's preselection and the log warnings.
const ALIASES: Record<string, string> = {
  $: "usd",
  usd: "usd",
  "us$": "usd",
  dollar: "usd",
  "us dollar": "usd",
  "€": "eur",
  eur: "eur",
  euro: "eur",
  "£": "gbp",
  gbp: "gbp",
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
};

function singular(word: string): string {
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("s") && !word.endsWith("ss") && word.length > 2) return word.slice(0, -1);
  return word;
}

/** "Tonnes" → "tonne", "$" → "usd", "Percent" → "percent", "vessels" → "vessel". */
export function normalizeUnit(unit: string): string {
  const u = unit.trim().toLowerCase().replace(/\s+/g, " ");
  return ALIASES[u] ?? ALIASES[singular(u)] ?? singular(u);
}

export function unitsMatch(a: string, b: string): boolean {
  return normalizeUnit(a) === normalizeUnit(b);
}
