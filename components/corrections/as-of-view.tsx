"use client";
// A figure as it stood at a past moment: the same chart (with the same URL view state) and
// table as the live view, from the data it was given and never refreshed — a past state does
// not change. Past states are small (what the desk had then), so no downsampling here.
import { useLocale, useTranslations } from "next-intl";
import { FigureChart } from "@/components/charts/figure-chart";
import { useChartState } from "@/components/charts/use-chart-state";
import { useFigureSummary } from "@/components/figures/figure-view";
import { ObservationTable } from "@/components/figures/observation-table";
import { toChartSeries } from "@/lib/figures/chart-series";
import { consensusLine } from "@/lib/figures/consensus";
import type { FigureDetail } from "@/lib/figures/get-figure";
import type { FigureStats } from "@/lib/figures/summarize-figure";
import { compareDecimal } from "@/lib/values/decimal";
import { drawnBoundsOfReport } from "@/lib/values/interval";
import type { ObservationDto } from "@/lib/observations/observation-dto";

/** The summary's numbers from a past state's published values (newest first, as given). */
function statsOf(observations: ObservationDto[], headline: FigureStats["headline"]): FigureStats {
  const published = observations.filter((o) => o.status === "published");
  const values = published.flatMap((o) => [o.value, o.low, o.high]).filter((v): v is string => v !== null);
  const sorted = [...values].sort(compareDecimal);
  const outletCount = new Set(published.map((o) => o.outlet.id)).size;
  return { min: sorted[0] ?? null, max: sorted.at(-1) ?? null, outletCount, latest: published[0] ?? null, headline };
}

export function AsOfView({ detail }: { detail: FigureDetail }) {
  const [state, setState] = useChartState();
  const t = useTranslations("history");
  const locale = useLocale();
  const { figure } = detail;
  const summary = useFigureSummary(figure.unit, statsOf(detail.observations, detail.headline));
  if (detail.observations.length === 0) {
    return <p className="empty">{t("asOfEmpty")}</p>;
  }
  const series = toChartSeries(detail.observations, { lang: { locale, unit: figure.unit }, hasDetails: true });
  // Oldest first, the same day in the order logged, as the live chart's line reads them.
  const published = detail.observations
    .filter((o) => o.status === "published")
    .sort((a, b) => a.reportedOn.localeCompare(b.reportedOn) || a.loggedAt.localeCompare(b.loggedAt))
    .map((o) => {
      const [lo, hi] = drawnBoundsOfReport(o);
      return { outletId: o.outlet.id, t: Date.parse(`${o.reportedOn}T00:00:00Z`), lo, hi };
    });
  const chart = {
    series,
    consensus: consensusLine(published),
    publishedCount: published.length,
    retractedCount: detail.observations.filter((o) => o.status === "retracted").length,
  };
  return (
    <>
      <p className="muted" data-testid="figure-summary">
        {summary}
      </p>
      <FigureChart
        title={figure.title}
        slug={figure.slug}
        unit={figure.unit}
        chart={chart}
        events={detail.events}
        summary={summary}
        state={state}
        onChange={setState}
      />
      <h2>{t("asOfTable")}</h2>
      <ObservationTable observations={detail.observations} />
    </>
  );
}
