// next-intl's per-request configuration (found by the plugin in next.config.ts). No locale in
// the URL: lib/i18n/request-locale.ts picks it from the cookie, the account or the browser.
import { getRequestConfig } from "next-intl/server";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import { MESSAGES } from "@/lib/i18n/messages";

export default getRequestConfig(async () => {
  const locale = await getRequestLocale();
  return { locale, messages: MESSAGES[locale], timeZone: "UTC" };
});
