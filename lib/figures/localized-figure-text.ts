// A figure's title and description in the reader's language, falling back to the original
// (what the desk wrote first) where nobody translated it; a description Tally wrote itself (an
// import's) reads in the reader's language. Pure: pages, cards and embeds use it.
import type { Locale } from "../i18n/locales";
import type { FigureText, FigureTranslations, TranslatedLocale } from "./figure-dto";
import { TALLY_DESCRIPTIONS } from "./tally-descriptions";

export function localizedFigureText(
  figure: FigureText & { translations?: FigureTranslations },
  locale: Locale | string,
): FigureText {
  const own = figure.translations?.[locale as TranslatedLocale];
  const description = TALLY_DESCRIPTIONS[figure.description]?.[locale as TranslatedLocale] ?? figure.description;
  return { title: own?.title || figure.title, description: own?.description || description };
}
