// The interface languages. A new one is a folder of catalogues in messages/ plus its code here.
export const LOCALES = ["en", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
/** next-intl's own cookie name: the reader's choice on this browser. */
export const LOCALE_COOKIE = "NEXT_LOCALE";
/** Intl tags for formatting: "es" writes "24 oct 2025" (es-CO would add "de"); numbers group as "253.000". */
export const INTL_TAG: Record<Locale, string> = { en: "en-US", es: "es" };

export const isLocale = (v: unknown): v is Locale =>
  typeof v === "string" && (LOCALES as readonly string[]).includes(v);
