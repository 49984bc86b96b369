// Pages read their query parameters without a JSON error shape to answer with, so proxy.ts checks
// the ones that could reach the database in a form it refuses (a NUL, a year 0000, a page number
// past any page, a 5,000-character search) and answers a plain 400 page naming the parameter,
// instead of a 500 from deep inside a page. Pure. The API checks the same inputs with zod.
import { isYearInRange } from "../validate";

const MAX_VALUE = 1000;
const LIMITS: Record<string, number> = { q: 200, topic: 80 };
const DATE_PARAMS = new Set(["asOf", "from", "to", "reportedFrom", "reportedTo", "refersFrom", "refersTo", "since"]);

/** What is wrong with this page address, in words, or null when it is fine. */
export function pageQueryProblem(url: URL): string | null {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return "The address has a broken %-escape.";
  }
  if (path.includes("\u0000")) return "The address holds a NUL character.";
  for (const [key, value] of url.searchParams) {
    if (value.includes("\u0000") || key.includes("\u0000")) return `“${key.slice(0, 40)}” holds a NUL character.`;
    const max = LIMITS[key] ?? MAX_VALUE;
    if (value.length > max) return `“${key.slice(0, 40)}” is longer than ${max} characters.`;
    if (
      key === "page" &&
      value !== "" &&
      !(/^\d{1,6}$/.test(value) && Number(value) >= 1 && Number(value) <= 100_000)
    ) {
      return "“page” must be a whole number from 1 to 100,000.";
    }
    if (DATE_PARAMS.has(key) && /^\d{4}-\d\d-\d\d/.test(value) && !isYearInRange(value))
      return `“${key}” needs a year between 0001 and 9999.`;
  }
  return null;
}

export function badRequestPage(problem: string): Response {
  const esc = problem.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Bad request · Tally</title></head>
<body><main><h1>This address cannot be read</h1><p>${esc}</p><p><a href="/">Go to the dashboard</a></p></main></body></html>`;
  return new Response(html, {
    status: 400,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" },
  });
}
