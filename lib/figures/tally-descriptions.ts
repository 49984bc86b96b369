// Descriptions Tally itself writes on a figure (not the desk's words), with their other languages:
// localizedFigureText shows them in the reader's language while nobody has rewritten them.
import type { TranslatedLocale } from "./figure-dto";

export const IMPORTED_FIGURE_DESCRIPTION = "Created by a CSV import.";

export const TALLY_DESCRIPTIONS: Record<string, Record<TranslatedLocale, string>> = {
  [IMPORTED_FIGURE_DESCRIPTION]: { es: "Creada por una importación CSV." },
};
