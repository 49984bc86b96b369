// A date cell as spreadsheets write them. ISO (2025-10-25) passes as it is. "25/10/2025" can only
// be day first and "10/25/2025" only month first, so both are read (the dry run says how);
// "10/11/2025" could be either, so it is refused with both readings named. Separators / . - ;
// four-digit years only (a two-digit year is a third guess). Pure.
export type DateReading =
  { iso: string; order?: undefined } | { iso: string; order: "day-first" | "month-first" } | { error: string };

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const pad = (n: number) => String(n).padStart(2, "0");

function isoOf(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d
    ? `${y}-${pad(m)}-${pad(d)}`
    : null;
}

/** `raw` → an ISO date, or null when it is not a day/month/year form (the caller's own check then speaks). */
export function readDate(raw: string): DateReading | null {
  const s = raw.trim();
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (!m) return null;
  const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dayFirst = a <= 31 && b <= 12 ? isoOf(y, b, a) : null;
  const monthFirst = a <= 12 && b <= 31 ? isoOf(y, a, b) : null;
  if (dayFirst && monthFirst && dayFirst !== monthFirst) {
    return {
      error:
        `“${s}” could be ${a} ${MONTHS[b - 1]} (day first) or ${MONTHS[a - 1]} ${b} (month first), ${y}; ` +
        `write it as ${dayFirst} or ${monthFirst}.`,
    };
  }
  if (dayFirst && dayFirst === monthFirst) return { iso: dayFirst };
  if (dayFirst) return { iso: dayFirst, order: "day-first" };
  if (monthFirst) return { iso: monthFirst, order: "month-first" };
  return { error: `“${s}” is not a date on the calendar; write it as YYYY-MM-DD.` };
}
