// Error messages have keys (messages/<locale>/apiErrors.json). Domain code and schemas write the
// English text through `errorText(key)` so logs, tests and the default stay readable; the
// boundary renders the reader's language (localize-error.ts).
import { createTranslator } from "use-intl/core";
import enApiErrors from "@/messages/en/apiErrors.json";
import esApiErrors from "@/messages/es/apiErrors.json";
import type { Locale } from "./locales";

// Only this namespace (schemas are bundled into client components too; the whole catalogue is not).
const CATALOGUES: Record<Locale, typeof enApiErrors> = { en: enApiErrors, es: esApiErrors };

export type ErrorKey = keyof typeof enApiErrors;
export type ErrorParams = Record<string, string | number>;

const translators = new Map<Locale, (key: ErrorKey, params?: ErrorParams) => string>();

/** The message `key` in `locale` (English by default). */
export function errorText(key: ErrorKey, params?: ErrorParams, locale: Locale = "en"): string {
  let t = translators.get(locale);
  if (!t) {
    const translate = createTranslator({ locale, messages: { apiErrors: CATALOGUES[locale] }, namespace: "apiErrors" });
    t = (k, p) => translate(k, p);
    translators.set(locale, t);
  }
  return t(key, params);
}
