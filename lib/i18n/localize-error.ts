// An AppError in the reader's language, at the boundary (server actions, route handlers). The
// `code` and field paths never change; the words do. A message is found by the key it was made
// with (AppError.i18n), else by its English text in the catalogue (a template's `{name}` parts
// are read back out of the text), else it stays in English rather than showing a key.
import enApiErrors from "@/messages/en/apiErrors.json";
import type { AppError, FieldErrors } from "../errors";
import { errorText, type ErrorKey, type ErrorParams } from "./error-text";
import { makeKeyOfEnglish } from "./key-of-english";
import type { Locale } from "./locales";

/** Plain `{name}` templates only; plurals and selects are rendered by key, never read back. */
const keyOfEnglish = makeKeyOfEnglish(
  Object.fromEntries(Object.entries(enApiErrors).filter(([, text]) => !/\{\w+,/.test(text))) as Record<
    ErrorKey,
    string
  >,
);

/** An English message in `locale`; unchanged when the catalogue does not know it. */
export function translateMessage(text: string, locale: Locale): string {
  if (locale === "en") return text;
  const found = keyOfEnglish(text);
  return found ? errorText(found.key, found.params as ErrorParams, locale) : text;
}

export function translateFieldErrors(fields: FieldErrors, locale: Locale): FieldErrors {
  return Object.fromEntries(
    Object.entries(fields).map(([k, msgs]) => [k, msgs.map((m) => translateMessage(m, locale))]),
  );
}

export function localizeError(err: AppError, locale: Locale): { message: string; fields?: FieldErrors } {
  if (locale === "en") return { message: err.message, fields: err.fields };
  const message = err.localizedMessages?.[locale]
    ? err.localizedMessages[locale]
    : err.i18n
      ? errorText(err.i18n.key as ErrorKey, err.i18n.params, locale)
      : translateMessage(err.message, locale);
  const fields = err.localizedFields?.[locale] ?? (err.fields && translateFieldErrors(err.fields, locale));
  return { message, fields };
}
