// A figure's title and description in the reader's language, falling back to the original
// (what the desk wrote first) where nobody translated it. Pure: pages, cards and embeds use it.
import type { Locale } from "../i18n/locales";
import type { FigureText, FigureTranslations, TranslatedLocale } from "./figure-dto";

export function localizedFigureText(
  figure: FigureText & { translations?: FigureTranslations },
  locale: Locale | string,
): FigureText {
  const own = figure.translations?.[locale as TranslatedLocale];
  return { title: own?.title || figure.title, description: own?.description || figure.description };
}
