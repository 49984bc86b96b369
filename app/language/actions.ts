"use server";
// The header's language switch. Anyone may choose a language (like signing out, it needs no
// role): the choice goes into the NEXT_LOCALE cookie and, for a signed-in person, onto their
// account. Then back to the page the form was on (same site only), which works without JS.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentActor } from "@/lib/auth/get-current-actor";
import { safeRedirect } from "@/lib/http/safe-redirect";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { setUserLocale } from "@/lib/users/set-user-locale";

/** Back where the form was: the Referer's path and query when it is this site, else the posted path. */
function returnPath(h: Headers, posted: FormDataEntryValue | null): string {
  const referer = URL.parse(h.get("referer") ?? "");
  const host = h.get("host");
  if (referer && host && referer.host === host)
    return safeRedirect(referer.pathname + referer.search, safeRedirect(posted));
  return safeRedirect(posted);
}

export async function setLocaleAction(form: FormData): Promise<void> {
  const h = await headers();
  const locale = form.get("locale");
  if (isLocale(locale)) {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 60 * 60, sameSite: "lax" });
    const actor = await getCurrentActor({ headers: h });
    if (actor) await setUserLocale({ actor, input: { locale } });
  }
  redirect(returnPath(h, form.get("returnTo")));
}
