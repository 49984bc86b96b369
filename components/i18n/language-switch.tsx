// The header's language switch: one button naming the other language in that language
// ("Español" / "English"). A plain form posting to a server action, so it works without JS
// and with the keyboard; the action keeps the choice in the cookie and on the account.
import { getLocale, getTranslations } from "next-intl/server";

// The action comes from the layout: components never import app/.
export async function LanguageSwitch({ setLocaleAction }: { setLocaleAction: (form: FormData) => Promise<void> }) {
  const [t, locale] = await Promise.all([getTranslations("language"), getLocale()]);
  return (
    <form action={setLocaleAction} className="language-switch" data-testid="language-switch" data-locale={locale}>
      <input type="hidden" name="locale" value={t("target")} />
      <button
        type="submit"
        className="link-button"
        lang={t("targetLang")}
        title={t("switchTitle")}
        aria-label={t("switchTitle")}
      >
        {t("switchTo")}
      </button>
    </form>
  );
}
