// The `display` column ("at least 57 people") comes from the one display formatter, which is
// TypeScript, while rows stream out of PostgreSQL's COPY. So the SELECT writes a token as the
// FIRST column — qualifier, value, low, high and the unit in hex, joined by "~": no comma, quote
// or newline, so COPY never quotes it — and this transform, which knows where each record
// starts (nextRecordEnd, as toCrlf), swaps the token for the formatted cell. Pure.
import { Transform } from "node:stream";
import { formatReportedValue } from "../values/format-value";
import type { Qualifier } from "../values/qualifiers";
import { nextRecordEnd, type QuoteState } from "./next-record-end";

/** The token's SQL, over the export's `x` (observation) and `f` (figure). */
export const DISPLAY_TOKEN_SQL =
  "concat_ws('~', x.qualifier, coalesce(x.value::text, ''), coalesce(x.low::text, ''), coalesce(x.high::text, ''), " +
  "encode(convert_to(f.unit, 'UTF8'), 'hex'))";

const NEEDS_QUOTES = /[",\r\n]/;

/** One token → one CSV cell, neutralised like every text cell (a leading = + - @ gets an apostrophe). */
export function displayCell(token: string): string {
  const [qualifier, value, low, high, unitHex] = token.split("~");
  const unit = Buffer.from(unitHex ?? "", "hex").toString("utf8");
  const nul = (s: string | undefined) => (s ? s : null);
  let text = formatReportedValue({
    qualifier: qualifier as Qualifier,
    value: nul(value),
    low: nul(low),
    high: nul(high),
    unit,
  });
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** COPY's CSV (no header, \n record ends) with a display token first in every record. */
export function fillDisplayColumn(): Transform {
  const quotes: QuoteState = { isInside: false };
  let atRecordStart = true;
  let carry: Buffer | null = null;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      const buf = carry ? Buffer.concat([carry, chunk]) : chunk;
      carry = null;
      const parts: Buffer[] = [];
      let start = 0;
      let i = 0;
      while (i < buf.length) {
        if (atRecordStart) {
          const comma = buf.indexOf(0x2c, i);
          if (comma < 0) {
            carry = buf.subarray(i); // the token continues in the next chunk
            break;
          }
          parts.push(buf.subarray(start, i), Buffer.from(displayCell(buf.toString("utf8", i, comma))));
          start = i = comma;
          atRecordStart = false;
          continue;
        }
        const n = nextRecordEnd(buf, i, quotes);
        if (n < 0) break;
        i = n + 1;
        atRecordStart = true;
      }
      parts.push(buf.subarray(start, carry ? buf.length - carry.length : buf.length));
      done(null, Buffer.concat(parts));
    },
    flush(done) {
      done(null, carry && carry.length ? Buffer.from(displayCell(carry.toString("utf8"))) : null);
    },
  });
}
