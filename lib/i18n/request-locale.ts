import "server-only";
// The language of the request being rendered: cookie, then the signed-in account, then the
// browser's Accept-Language, then English (negotiate-locale.ts says why in that order).
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getPageActor } from "../auth/get-page-actor";
import { LOCALE_COOKIE, type Locale } from "./locales";
import { negotiateLocale } from "./negotiate-locale";

export const getRequestLocale = cache(async (): Promise<Locale> => {
  const [jar, h, actor] = await Promise.all([cookies(), headers(), getPageActor()]);
  return negotiateLocale({
    cookie: jar.get(LOCALE_COOKIE)?.value,
    account: actor?.locale,
    acceptLanguage: h.get("accept-language"),
  });
});
