import "server-only";
// Two or more figures on one chart: each one's "outlets agree" line. Only figures with the same unit
// can share a y axis; a mix is refused with a message naming the units.
import type { DbOrTx } from "../db/client";
import { getReadDb } from "../db/read-db";
import { AppError } from "../errors";
import type { Locale } from "../i18n/locales";
import type { ConsensusPoint } from "./consensus";
import { getFigureChart } from "./get-figure-chart";
import type { FigureStats } from "./summarize-figure";

/** `stats`: what the page says in words about each figure, in the reader's language. */
export type ComparedFigure = {
  slug: string;
  title: string;
  unit: string;
  consensus: ConsensusPoint[];
  latest: string | null;
  stats: FigureStats;
};

export async function compareFigures(opts: {
  db?: DbOrTx;
  slugs: string[];
  locale?: Locale;
}): Promise<{ unit: string; figures: ComparedFigure[] }> {
  const db = opts.db ?? (await getReadDb());
  const slugs = [...new Set(opts.slugs.map((s) => s.trim()).filter(Boolean))].slice(0, 8);
  if (slugs.length < 2)
    throw new AppError("validation_failed", "Pick at least two figures to compare.", {
      figures: ["Give two or more figure slugs, separated by commas."],
    });
  const views = await Promise.all(slugs.map((slug) => getFigureChart({ db, slug, locale: opts.locale })));
  const units = [...new Set(views.map((v) => v.figure.unit))];
  if (units.length > 1) {
    throw new AppError(
      "validation_failed",
      `These figures are in different units (${units.join(", ")}); only figures with the same unit share a chart.`,
      {
        figures: ["Pick figures with the same unit."],
      },
    );
  }
  return {
    unit: units[0],
    figures: views.map((v) => ({
      slug: v.figure.slug,
      title: v.figure.title,
      unit: v.figure.unit,
      consensus: v.chart.consensus,
      latest: v.stats.latest?.display ?? null,
      stats: v.stats,
    })),
  };
}
