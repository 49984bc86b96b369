// The language of an API request, from the Request alone (route handlers): the NEXT_LOCALE
// cookie, the signed-in account's choice, Accept-Language, English — the order pages use.
import { LOCALE_COOKIE, type Locale } from "./locales";
import { negotiateLocale } from "./negotiate-locale";

const cookieOf = (req: Request, name: string): string | null => {
  for (const part of (req.headers.get("cookie") ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponent(v.join("="));
  }
  return null;
};

export function requestLocaleOf(req: Request, actor?: object | null): Locale {
  const account = actor && "locale" in actor && typeof actor.locale === "string" ? actor.locale : null;
  return negotiateLocale({
    cookie: cookieOf(req, LOCALE_COOKIE),
    account,
    acceptLanguage: req.headers.get("accept-language"),
  });
}
