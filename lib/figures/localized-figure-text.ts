// A figure's title and description in the reader's language, falling back to the original
// (what the desk wrote first) where nobody translated it; a text Tally wrote itself (an import's
// description, the demo's archive note) reads in the reader's language. Pure: pages, cards and embeds use it.
import type { Locale } from "../i18n/locales";
import type { FigureArchive, FigureText, FigureTranslations, TranslatedLocale } from "./figure-dto";
import { TALLY_TEXTS } from "./tally-descriptions";

export function localizedFigureText(
  figure: FigureText & { translations?: FigureTranslations; archived?: FigureArchive | null },
  locale: Locale | string,
): FigureText & { archiveNote: string } {
  const own = figure.translations?.[locale as TranslatedLocale];
  const readersTallyText = (text: string) => TALLY_TEXTS[text]?.[locale as TranslatedLocale] ?? text;
  return {
    title: own?.title || figure.title,
    description: own?.description || readersTallyText(figure.description),
    archiveNote: readersTallyText(figure.archived?.note ?? ""),
  };
}
