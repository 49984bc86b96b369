"use client";
// The root layout itself failed (it reads the session, so a lost database lands here): a page of
// its own, since the layout is what broke, that tries again by itself. No next-intl provider here
// (the layout gave it), so the language comes from the NEXT_LOCALE cookie, else the browser's.
import { useEffect, useSyncExternalStore } from "react";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, type Locale } from "@/lib/i18n/locales";
import { matchAcceptLanguage } from "@/lib/i18n/negotiate-locale";
import en from "@/messages/en/errors.json";
import es from "@/messages/es/errors.json";

const WORDS: Record<Locale, typeof en.globalError> = { en: en.globalError, es: es.globalError };

function browserLocale(): Locale {
  const cookie = new RegExp(`(?:^|; )${LOCALE_COOKIE}=([^;]*)`).exec(document.cookie)?.[1];
  if (isLocale(cookie)) return cookie;
  return matchAcceptLanguage(navigator.languages.join(",")) ?? DEFAULT_LOCALE;
}
const noSubscribe = () => () => {};

export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  const locale = useSyncExternalStore(noSubscribe, browserLocale, () => DEFAULT_LOCALE);
  const t = WORDS[locale];
  useEffect(() => {
    const timer = setTimeout(reset, 5_000);
    return () => clearTimeout(timer);
  }, [reset]);
  return (
    <html lang={locale}>
      <body>
        <main id="main" className="form-error" role="alert">
          <h1>{t.heading}</h1>
          <p>{t.body}</p>
          <button className="button" onClick={reset}>
            {t.retry}
          </button>
        </main>
      </body>
    </html>
  );
}
