"use server";
// The header's language switch. Anyone may choose a language (like signing out, it needs no
// role): the choice goes into the NEXT_LOCALE cookie and, for a signed-in person, onto their
// account. Then back to the page the form was on (same site only), which works without JS.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentActor } from "@/lib/auth/get-current-actor";
import { getDb } from "@/lib/db/client";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { setUserLocale } from "@/lib/users/set-user-locale";

/** A path on this site ("/figures/x?asOf=…"), never another host. */
const isSitePath = (v: unknown): v is string => typeof v === "string" && /^\/(?![/\\])/.test(v);

/** Back where the form was: the Referer (keeps the query) when it is this site, else the posted path. */
function returnPath(h: Headers, posted: FormDataEntryValue | null): string {
  const referer = h.get("referer");
  const host = h.get("host");
  if (referer && host) {
    try {
      const url = new URL(referer);
      if (url.host === host && isSitePath(url.pathname)) return url.pathname + url.search;
    } catch {
      // not a URL: fall through to the posted path
    }
  }
  return isSitePath(posted) ? posted : "/";
}

export async function setLocaleAction(form: FormData): Promise<void> {
  const h = await headers();
  const locale = form.get("locale");
  if (isLocale(locale)) {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
    const actor = await getCurrentActor({ headers: h });
    if (actor) await setUserLocale({ db: getDb(), actor, input: { locale } });
  }
  redirect(returnPath(h, form.get("returnTo")));
}
