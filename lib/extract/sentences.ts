// Splits text into sentences with their character offsets, in English and Spanish ("¿", "¡", "«").
// Good enough for news copy: a full stop after an abbreviation ("U.S.", "Oct.", "Mr.", "EE.UU.",
// "Gral.") or inside a number ("1.3", "1.200") does not end a sentence; a line break always does.
export type Span = { start: number; end: number };

const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr st jr sr gen gov sen rep lt col sgt capt prof inc corp co ltd vs etc no nos approx jan feb mar " +
    "apr jun " +
    "jul aug sep sept oct nov dec fig est " +
    // Spanish: "Sr.", "Gral.", "EE.UU.", "aprox.", "núm."
    "sra srta dra gral cnel tte sto sta ud uds núm art pág cía aprox ee.uu ene abr ago dic"
  ).split(" "),
);

function isAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? "";
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "U.N" (the last dot is the match)
  return ABBREVIATIONS.has(word.toLowerCase());
}

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  const boundary = /[.!?]+["'”’»)\]]*(?=\s+["'“‘«¿¡(\[]?[\p{Lu}\p{N}])|\n+/gu;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const isNewline = m[0].startsWith("\n");
    if (!isNewline && m[0].startsWith(".") && isAbbreviation(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const end = m.index + (isNewline ? 0 : m[0].length);
    push(end);
    start = m.index + m[0].length;
  }
  push(text.length);
  return spans;
}
