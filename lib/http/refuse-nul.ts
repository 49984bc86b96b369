// A NUL character cannot be stored in PostgreSQL text, and no person types one: every way input
// comes in (URL path and query, JSON bodies, form posts) refuses it up front with a 400 naming
// the field, instead of failing in the database with a 500.
import { AppError } from "../errors";
import { errorText } from "../i18n/error-text";
import { keyedError } from "../i18n/keyed-error";

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
  if (at) throw keyedError("validation_failed", "nulCharacterAt", { at }, { [at]: [errorText("nulCharacter")] });
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
  if (path.includes("\u0000")) throw keyedError("bad_request", "nulCharacterAt", { at: "address" });
  refuseNul(Object.fromEntries([...u.searchParams.entries()].map(([k, v]) => [k, `${k}${v}`])));
}
