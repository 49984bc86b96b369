// The catalogue a page's client components receive (NextIntlClientProvider in app/layout.tsx).
// Without a `messages` prop next-intl puts every namespace into every page's RSC payload (~60 KB).
// Three are read on the server only: error texts (lib/i18n/error-text.ts and localize-error.ts
// import their own JSON), the API docs page and the page metadata.
import { DEFAULT_LOCALE, isLocale } from "./locales";
import { MESSAGES } from "./messages";

export function clientMessages(locale: string) {
  const {
    apiErrors: _errors,
    apiDocs: _docs,
    meta: _meta,
    ...forClients
  } = MESSAGES[isLocale(locale) ? locale : DEFAULT_LOCALE];
  return forClients;
}
