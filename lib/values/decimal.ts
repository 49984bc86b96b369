// Exact arithmetic on decimal strings ("-1234.50"), just what formatting and validation need.
// Values never pass through a float on their way to or from the database.

type Parts = { negative: boolean; int: string; frac: string };

// By hand rather than with regular expressions: a page of headlines parses tens of thousands.
function parts(s: string): Parts {
  const negative = s.charCodeAt(0) === 45; // "-"
  const from = negative || s.charCodeAt(0) === 43 ? 1 : 0; // "+"
  const dot = s.indexOf(".", from);
  const next = dot < 0 ? -1 : s.indexOf(".", dot + 1);
  const int = dot < 0 ? s.slice(from) : s.slice(from, dot);
  const frac = dot < 0 ? "" : next < 0 ? s.slice(dot + 1) : s.slice(dot + 1, next);
  let i = 0; // leading zeros go, but not the last digit: "007" → "7", "000" → "0"
  while (i < int.length - 1 && int.charCodeAt(i) === 48 && isDigit(int.charCodeAt(i + 1))) i++;
  let j = frac.length; // trailing zeros go: "500" → "5"
  while (j > 0 && frac.charCodeAt(j - 1) === 48) j--;
  return { negative, int: i ? int.slice(i) : int, frac: j < frac.length ? frac.slice(0, j) : frac };
}

const isDigit = (c: number) => c >= 48 && c <= 57;

function join({ negative, int, frac }: Parts): string {
  const i = int.replace(/^0+(?=\d)/, "") || "0";
  const f = frac.replace(/0+$/, "");
  const body = f ? `${i}.${f}` : i;
  return negative && body !== "0" ? `-${body}` : body;
}

/** -1, 0 or 1, exactly. */
export function compareDecimal(a: string, b: string): number {
  const x = parts(a);
  const y = parts(b);
  const xZero = /^0*$/.test(x.int + x.frac);
  const yZero = /^0*$/.test(y.int + y.frac);
  if (xZero && yZero) return 0;
  const sx = xZero ? 0 : x.negative ? -1 : 1;
  const sy = yZero ? 0 : y.negative ? -1 : 1;
  if (sx !== sy) return sx < sy ? -1 : 1;
  let mag = 0;
  if (x.int.length !== y.int.length) mag = x.int.length < y.int.length ? -1 : 1;
  else {
    const width = Math.max(x.frac.length, y.frac.length);
    const dx = x.int + x.frac.padEnd(width, "0");
    const dy = y.int + y.frac.padEnd(width, "0");
    mag = dx === dy ? 0 : dx < dy ? -1 : 1;
  }
  return sx < 0 ? -mag : mag;
}

/** Moves the decimal point: shiftDecimal("230000000", -6) → "230". */
export function shiftDecimal(s: string, places: number): string {
  const p = parts(s);
  let digits = p.int + p.frac;
  let point = p.int.length + places;
  if (point <= 0) {
    digits = "0".repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits = digits.padEnd(point, "0");
  return join({ negative: p.negative, int: digits.slice(0, point), frac: digits.slice(point) });
}

/** "253000" → "253,000"; the fraction is left as it is. */
export function groupThousands(s: string): string {
  const p = parts(s);
  const int = (p.int || "0").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return (p.negative ? "-" : "") + (p.frac ? `${int}.${p.frac}` : int);
}

// Sums, differences and products, exactly: a decimal string is an integer (BigInt) and a scale.
type Scaled = { n: bigint; scale: number };

function scaled(s: string): Scaled {
  const p = parts(s);
  const n = BigInt((p.int || "0") + p.frac);
  return { n: p.negative ? -n : n, scale: p.frac.length };
}

function unscaled({ n, scale }: Scaled): string {
  const negative = n < 0n;
  const digits = (negative ? -n : n).toString().padStart(scale + 1, "0");
  const int = digits.slice(0, digits.length - scale);
  return join({ negative, int, frac: digits.slice(digits.length - scale) });
}

function align(a: Scaled, b: Scaled): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.n * 10n ** BigInt(scale - a.scale), b.n * 10n ** BigInt(scale - b.scale), scale];
}

/** a + b, exactly: addDecimal("0.1", "0.2") → "0.3". */
export function addDecimal(a: string, b: string): string {
  const [x, y, scale] = align(scaled(a), scaled(b));
  return unscaled({ n: x + y, scale });
}

/** a − b, exactly. */
export function subtractDecimal(a: string, b: string): string {
  const [x, y, scale] = align(scaled(a), scaled(b));
  return unscaled({ n: x - y, scale });
}

/** a × b, exactly. */
export function multiplyDecimal(a: string, b: string): string {
  const x = scaled(a);
  const y = scaled(b);
  return unscaled({ n: x.n * y.n, scale: x.scale + y.scale });
}

/** |a| */
export const absDecimal = (a: string): string => a.replace(/^-/, "");

/** −a */
export const negateDecimal = (a: string): string =>
  a.startsWith("-") ? a.slice(1) : compareDecimal(a, "0") === 0 ? "0" : `-${a}`;
