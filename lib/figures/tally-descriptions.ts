// Texts Tally itself writes on a figure (not the desk's words), with their other languages:
// localizedFigureText shows them in the reader's language while nobody has rewritten them.
import type { TranslatedLocale } from "./figure-dto";

export const IMPORTED_FIGURE_DESCRIPTION = "Created by a CSV import.";

/** Why the demo data's stories are archived (lib/demo/load-demo-data.ts). */
export const DEMO_ARCHIVE_NOTE =
  "Demo data: stories followed in autumn 2025, kept with their real dates. Follow one again in Manage → Figures to see monitoring at work.";

export const TALLY_TEXTS: Record<string, Record<TranslatedLocale, string>> = {
  [IMPORTED_FIGURE_DESCRIPTION]: { es: "Creada por una importación CSV." },
  [DEMO_ARCHIVE_NOTE]: {
    es: "Datos de demostración: historias seguidas en el otoño de 2025, con sus fechas reales. Vuelva a seguir una en Gestionar → Cifras para ver el monitoreo en acción.",
  },
};
