import type { Prisma } from "../db/client";
import type { FigureKind } from "./schemas";

/** A figure's translated titles and descriptions, as toFigureTranslations reads them. */
export const FIGURE_TRANSLATIONS_SELECT = {
  select: { locale: true, title: true, description: true },
  orderBy: { locale: "asc" },
} satisfies Prisma.Figure$translationsArgs;

export const FIGURE_SELECT = {
  id: true,
  slug: true,
  title: true,
  description: true,
  unit: true,
  kind: true,
  topics: true,
  updatedAt: true,
  archivedAt: true,
  archiveNote: true,
  translations: FIGURE_TRANSLATIONS_SELECT,
} satisfies Prisma.FigureSelect;

/** The languages a figure's title and description may be translated into (the original is the desk's own). */
export const TRANSLATED_LOCALES = ["es"] as const;
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];
export type FigureText = { title: string; description: string };
/** `{ es: { title, description } }`: only the languages someone wrote (lib/figures/localized-figure-text.ts). */
export type FigureTranslations = Partial<Record<TranslatedLocale, FigureText>>;

export type FigureDto = {
  id: string;
  slug: string;
  title: string;
  description: string;
  unit: string;
  kind: FigureKind;
  topics: string[];
  updatedAt: string;
  /** set when the desk archived the story (lib/figures/archive-figure.ts): no staleness, no alerts */
  archived: FigureArchive | null;
  translations: FigureTranslations;
};

export type FigureArchive = { at: string; note: string };

/** Rows of figure_translation → the DTO's map; a locale the interface no longer has is left out. */
export function toFigureTranslations(rows: ({ locale: string } & FigureText)[]): FigureTranslations {
  const out: FigureTranslations = {};
  for (const { locale, title, description } of rows) {
    if ((TRANSLATED_LOCALES as readonly string[]).includes(locale))
      out[locale as TranslatedLocale] = { title, description };
  }
  return out;
}

export function toFigureDto(row: Prisma.FigureGetPayload<{ select: typeof FIGURE_SELECT }>): FigureDto {
  const { archivedAt, archiveNote, translations, ...rest } = row;
  return {
    ...rest,
    updatedAt: row.updatedAt.toISOString(),
    archived: archivedAt ? { at: archivedAt.toISOString(), note: archiveNote } : null,
    translations: toFigureTranslations(translations),
  };
}
