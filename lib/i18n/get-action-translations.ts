import "server-only";
// A server action's words in the reader's language. next-intl's getTranslations needs a page being
// rendered and fails when an action runs on its own, so actions make their translator from the
// request's locale (cookie, account, Accept-Language) and the catalogues directly.
import { createTranslator, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import { MESSAGES, type Messages } from "./messages";
import { getRequestLocale } from "./request-locale";

export async function getActionTranslations<N extends NamespaceKeys<Messages, NestedKeyOf<Messages>>>(namespace: N) {
  const locale = await getRequestLocale();
  return createTranslator({ locale, messages: MESSAGES[locale], namespace });
}
