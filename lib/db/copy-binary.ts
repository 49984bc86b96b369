import "server-only";
// Rows in PostgreSQL's binary COPY format, for reads too big for row objects: the chart reads
// a 100,000-observation figure's points this way (lib/figures/get-figure-chart.ts). Nothing is
// formatted as text on either side and no object is made per row; the caller walks the bytes.
// COPY cannot take bind parameters, so `sql` must be trusted text (literals through sqlLiteral).
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { isReplicaTrouble } from "./is-replica-trouble";
import { primaryBehind } from "./read-pool";

/** The whole output of `COPY (sql) TO STDOUT (FORMAT binary)`. */
export async function copyBinary(opts: { pool: pg.Pool; sql: string }): Promise<Buffer> {
  const client = await opts.pool.connect();
  let failed: Error | undefined;
  const copy = client.query(copyTo(`COPY (${opts.sql}) TO STDOUT (FORMAT binary)`));
  // A server that goes away mid-COPY (a replica stopped) may report it on the connection, not on
  // the COPY stream: end the stream with it, or this read would wait forever.
  const onConnectionError = (err: Error) => copy.destroy(err);
  client.on("error", onConnectionError);
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of copy) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  } catch (err) {
    failed = err as Error;
  } finally {
    client.removeListener("error", onConnectionError);
    // A connection left mid-COPY is not reusable: destroy it.
    client.release(failed);
  }
  // Nothing has been handed on yet, so a replica's failure is asked again of the primary.
  const primary = primaryBehind(opts.pool);
  if (primary && isReplicaTrouble(failed)) return copyBinary({ pool: primary, sql: opts.sql });
  throw failed;
}

const SIGNATURE = "PGCOPY\n\xff\r\n\0";

/**
 * Calls `row` once per tuple with where each field starts (-1 for NULL); the arrays are reused,
 * so read what you need before returning. Format: src/backend/commands/copyto.c — an 11-byte
 * signature, int32 flags, int32 header-extension length, then per tuple an int16 field count and
 * per field an int32 length and the field's binary form; a field count of -1 ends it.
 */
export function forEachBinaryRow(buf: Buffer, row: (at: Int32Array, dv: DataView) => void): number {
  if (buf.toString("latin1", 0, 11) !== SIGNATURE) throw new Error("Not PostgreSQL binary COPY output.");
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let pos = 19 + dv.getInt32(15);
  let at = new Int32Array(0);
  let rows = 0;
  for (;;) {
    const fields = dv.getInt16(pos);
    pos += 2;
    if (fields === -1) return rows;
    if (at.length !== fields) at = new Int32Array(fields);
    for (let f = 0; f < fields; f++) {
      const len = dv.getInt32(pos);
      pos += 4;
      at[f] = len < 0 ? -1 : pos;
      if (len > 0) pos += len;
    }
    row(at, dv);
    rows++;
  }
}

/** Days from 1970-01-01 to 2000-01-01, PostgreSQL's epoch for dates. */
const PG_EPOCH_DAYS = 10_957;

/** A binary `date` → ms since 1970-01-01 UTC (midnight), as Date.parse("YYYY-MM-DDT00:00:00Z") gives. */
export const readDateMs = (dv: DataView, at: number): number => (dv.getInt32(at) + PG_EPOCH_DAYS) * 86_400_000;

/** A binary `uuid` → its text form. */
export function readUuid(buf: Buffer, at: number): string {
  const h = buf.toString("hex", at, at + 16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Whether two binary uuids in `dv` are the same. */
export const sameUuid = (dv: DataView, a: number, b: number): boolean =>
  dv.getInt32(a) === dv.getInt32(b) &&
  dv.getInt32(a + 4) === dv.getInt32(b + 4) &&
  dv.getInt32(a + 8) === dv.getInt32(b + 8) &&
  dv.getInt32(a + 12) === dv.getInt32(b + 12);

/**
 * A binary `numeric` → the nearest float, as Number(its text) gives (for drawing; people read the
 * exact strings). Format (src/backend/utils/adt/numeric.c, numeric_send): int16 digit count,
 * int16 weight (the first digit's power of 10000), uint16 sign, int16 display scale, then the
 * base-10000 digits.
 */
export function readNumericFloat(dv: DataView, at: number): number {
  const ndigits = dv.getInt16(at);
  const weight = dv.getInt16(at + 2);
  const sign = dv.getUint16(at + 4);
  if (sign === 0xc000) return NaN;
  if (sign === 0xd000) return Infinity;
  if (sign === 0xf000) return -Infinity;
  const exponent = weight - ndigits + 1; // of 10000, for the digits read as one integer
  let v = 0;
  if (ndigits <= 3 && exponent >= -5 && exponent <= 5) {
    // Exact integer (< 10^12) times or over an exact power of ten: one rounding, as Number() does.
    for (let i = 0; i < ndigits; i++) v = v * 10_000 + dv.getInt16(at + 8 + 2 * i);
    v = exponent >= 0 ? v * 10_000 ** exponent : v / 10_000 ** -exponent;
  } else {
    let digits = "";
    for (let i = 0; i < ndigits; i++) digits += String(dv.getInt16(at + 8 + 2 * i)).padStart(4, "0");
    v = Number(`${digits}e${exponent * 4}`);
  }
  return sign === 0x4000 ? -v : v;
}
