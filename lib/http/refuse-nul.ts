// A NUL character cannot be stored in PostgreSQL text, and no person types one: every way input
// comes in (URL path and query, JSON bodies, form posts) refuses it up front with a 400 naming
// the field, instead of failing in the database with a 500.
import { AppError } from "../errors";

const NUL_MESSAGE = "Remove the NUL character (\\u0000); it cannot be stored.";

/** The dotted path of the first string holding a NUL in a JSON value, or null. */
export function pathOfNul(value: unknown, path = ""): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path || "_" : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = pathOfNul(value[i], path ? `${path}.${i}` : String(i));
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes("\u0000")) return path ? `${path}.${k}` : "_";
      const found = pathOfNul(v, path ? `${path}.${k}` : k);
      if (found) return found;
    }
  }
  return null;
}

export function refuseNul(value: unknown): void {
  const at = pathOfNul(value);
  if (at)
    throw new AppError("validation_failed", `${at === "_" ? "The input" : at}: ${NUL_MESSAGE}`, {
      [at]: [NUL_MESSAGE],
    });
}

/** A URL's path segments and query values, decoded, as a record for refuseNul. */
export function refuseNulInUrl(url: string): void {
  const u = new URL(url);
  let path: string;
  try {
    path = decodeURIComponent(u.pathname);
  } catch {
    throw new AppError("bad_request", "The address is not valid (a broken %-escape).");
  }
  if (path.includes("\u0000")) throw new AppError("bad_request", `The address: ${NUL_MESSAGE}`);
  refuseNul(Object.fromEntries([...u.searchParams.entries()].map(([k, v]) => [k, `${k}${v}`])));
}
