// /compare?figures=a,b — two or more figures with the same unit on one chart.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CompareChart } from "@/components/compare/compare-chart";
import { CompareSummaries } from "@/components/compare/compare-summaries";
import { AppError } from "@/lib/errors";
import { compareFigures } from "@/lib/figures/compare-figures";
import { listFigureOptions, type FigureOption } from "@/lib/figures/list-figure-options";
import { unitName } from "@/lib/values/format-value";
import { PageHead } from "@/components/ui/page-head";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("compare"))("title") };
}

/** Figures grouped by unit: only figures with the same unit can share a chart. */
function byUnit(options: FigureOption[]): [string, FigureOption[]][] {
  const groups = new Map<string, FigureOption[]>();
  for (const o of options) groups.set(o.unit, [...(groups.get(o.unit) ?? []), o]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

export default async function ComparePage({
  searchParams,
}: {
  searchParams: Promise<{ figures?: string | string[] }>;
}) {
  const { figures: given = [] } = await searchParams;
  // `?figures=a,b` (a shared link) or `?figures=a&figures=b` (the picker's checkboxes).
  const slugs = [given]
    .flat()
    .flatMap((f) => f.split(","))
    .map((s) => s.trim())
    .filter(Boolean);
  const isEmpty = slugs.length === 0;
  const [options, t, locale] = await Promise.all([listFigureOptions({}), getTranslations("compare"), getLocale()]);
  // The two mistakes a picked link can carry, said in the reader's language before lib is asked
  // (lib refuses them too, for the API).
  const unitOf = new Map(options.map((o) => [o.slug, o.unit]));
  const units = [...new Set(slugs.flatMap((s) => unitOf.get(s) ?? []))];
  let result: Awaited<ReturnType<typeof compareFigures>> | null = null;
  let problem: string | null = null;
  if (!isEmpty && new Set(slugs).size < 2) problem = t("tooFew");
  else if (units.length > 1) problem = t("mixedUnits", { units: units.map((u) => unitName(u, locale)).join(", ") });
  else if (!isEmpty) {
    try {
      result = await compareFigures({ slugs, locale });
    } catch (e) {
      if (!(e instanceof AppError) || (e.code !== "validation_failed" && e.code !== "not_found")) throw e;
      problem = e.message;
    }
  }
  const comparable = byUnit(options).filter(([, figures]) => figures.length >= 2);
  const chosen = new Set(slugs);
  return (
    <>
      <PageHead title={t("title")} lead={t("intro")} />
      {problem && (
        <p className="empty" role="alert">
          {problem}
        </p>
      )}
      {result && (
        <>
          <CompareChart series={result.figures} unit={result.unit} describedBy="compare-summaries" />
          <CompareSummaries id="compare-summaries" figures={result.figures} />
        </>
      )}
      {isEmpty && (
        <p className="empty" data-testid="compare-empty">
          {comparable.length > 0 ? t("emptyPick") : t("emptyNone")}
        </p>
      )}
      {comparable.length > 0 && (
        <section aria-labelledby="compare-pick">
          <h2 id="compare-pick">{isEmpty ? t("pick") : t("pickOther")}</h2>
          <div className="compare-picker">
            {comparable.map(([unit, figures]) => (
              <form key={unit} action="/compare" className="panel">
                <fieldset>
                  <legend>{t("inUnit", { unit: unitName(unit, locale) })}</legend>
                  {figures.map((f) => (
                    <label key={f.slug} className="check">
                      <input type="checkbox" name="figures" value={f.slug} defaultChecked={chosen.has(f.slug)} />{" "}
                      {f.title}
                    </label>
                  ))}
                </fieldset>
                <button type="submit" className="button">
                  {t("compare")}
                </button>
              </form>
            ))}
          </div>
        </section>
      )}
    </>
  );
}
