// Which language a request gets: the reader's own choice (cookie, then the account's preference),
// else the best match in Accept-Language, else English. Pure, so it is tested without a request.
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "./locales";

/** "es-CO,es;q=0.9,en;q=0.8" → ["es-co", "es", "en"], highest q first; q=0 means "not this". */
function acceptedTags(header: string): string[] {
  return header
    .split(",")
    .map((part, i) => {
      const [tag, ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag, weight: Number.isFinite(weight) ? weight : 0, i };
    })
    .filter((t) => t.tag && t.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.i - b.i)
    .map((t) => t.tag);
}

export function matchAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  for (const tag of acceptedTags(header)) {
    if (tag === "*") return DEFAULT_LOCALE;
    const base = tag.split("-")[0];
    const found = LOCALES.find((l) => l === base);
    if (found) return found;
  }
  return null;
}

export function negotiateLocale(opts: {
  cookie?: string | null;
  account?: string | null;
  acceptLanguage?: string | null;
}): Locale {
  if (isLocale(opts.cookie)) return opts.cookie;
  if (isLocale(opts.account)) return opts.account;
  return matchAcceptLanguage(opts.acceptLanguage) ?? DEFAULT_LOCALE;
}
