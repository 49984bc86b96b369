// PostgreSQL's CSV (COPY) ends records with \n and keeps newlines inside quoted fields as they
// are. Where does the record open at `from` end? Track whether we are inside quotes (a doubled ""
// toggles twice, so counting quotes is enough); the state carries from one chunk to the next.
// Pure; shared by toCrlf (stream-copy.ts) and fillDisplayColumn (display-column.ts).

export type QuoteState = { isInside: boolean };

/** The index of the \n that ends the record open at `from`, or -1 if `buf` ends first. */
export function nextRecordEnd(buf: Buffer, from: number, quotes: QuoteState): number {
  let i = from;
  for (;;) {
    // Inside quotes only the closing quote matters; outside, the next quote or newline.
    const q = buf.indexOf(0x22, i);
    if (quotes.isInside) {
      if (q < 0) return -1;
      quotes.isInside = false;
      i = q + 1;
      continue;
    }
    const n = buf.indexOf(0x0a, i);
    if (n >= 0 && (q < 0 || n < q)) return n;
    if (q < 0) return -1;
    quotes.isInside = true;
    i = q + 1;
  }
}
