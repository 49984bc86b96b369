"use client";
// The live part of a figure page: first data from the server render, then TanStack Query keeps
// it fresh from /api/figures/[slug]/chart and /observations (same shapes). Live changes
// (components/live) invalidate ["figure", slug]; the view itself lives in the URL.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useEffect } from "react";
import { toast } from "sonner";
import { ChartDataTable } from "@/components/charts/chart-data-table";
import { FigureChart } from "@/components/charts/figure-chart";
import { localizedFigureText } from "@/lib/figures/localized-figure-text";
import type { PackedChartView } from "@/lib/figures/pack-chart";
import type { ObservationPage } from "@/lib/figures/list-figure-observations";
import type { FigureStats } from "@/lib/figures/summarize-figure";
import { formatDate } from "@/lib/format/format-date";
import { compareDecimal } from "@/lib/values/decimal";
import { formatAmount, formatReportedValue } from "@/lib/values/format-value";
import { FigureHeadline } from "./figure-headline";
import { getJson } from "./get-json";
import { ObservationTable } from "./observation-table";
import { useLiveChart } from "./use-live-chart";

/** The chart's text alternative in the reader's language (summarizeFigure's wording, translated). */
export function useFigureSummary(unit: string, stats: FigureStats): string {
  const t = useTranslations("figure");
  const locale = useLocale();
  const { min, max, outletCount, latest, headline } = stats;
  if (!latest || min === null || max === null) return t("summaryNone");
  const fmt = (value: string) => formatAmount(value, unit, locale);
  const lead = headline
    ? headline.period
      ? t("leadPeriod", { period: headline.period, display: headline.display })
      : t("leadNoPeriod", { display: headline.display })
    : "";
  const args = {
    lead,
    min: fmt(min),
    max: fmt(max),
    count: outletCount,
    latest: formatReportedValue({ ...latest, unit }, locale),
    outlet: latest.outlet.name,
    date: formatDate(latest.reportedOn, locale),
  };
  return compareDecimal(min, max) === 0 ? t("summarySame", args) : t("summaryRange", args);
}

type Props = {
  /** packed for the trip in the page's HTML (lib/figures/pack-chart.ts) */
  initial: PackedChartView;
  initialTable: ObservationPage;
  loggedId: string | null;
  alertedIds?: string[];
};

export function FigureView({ initial, initialTable, loggedId, alertedIds }: Props) {
  const t = useTranslations("figure");
  const locale = useLocale();
  const slug = initial.figure.slug;
  const { data, state, setState, chartProps } = useLiveChart(initial);
  // The table always lists retracted values (struck through, with the reason); "Show retracted"
  // is about the chart only.
  const isInitialTable = state.page === initialTable.page;
  const table = useQuery({
    queryKey: ["figure", slug, "observations", state.page],
    queryFn: () =>
      getJson<ObservationPage>(`/api/figures/${encodeURIComponent(slug)}/table?page=${state.page}&retracted=1`),
    initialData: isInitialTable ? initialTable : undefined,
    placeholderData: keepPreviousData,
    gcTime: 0,
  });

  useEffect(() => {
    if (!loggedId) return;
    const saved = initialTable.observations.find((o) => o.id === loggedId);
    if (saved)
      toast.success(
        t("saved", {
          value: formatReportedValue({ ...saved, unit: initial.figure.unit }, locale),
          outlet: saved.outlet.name,
        }),
      );
    document.getElementById(`obs-${loggedId}`)?.scrollIntoView({ block: "center" });
  }, [loggedId, initialTable.observations, t, locale, initial.figure.unit]);

  const summary = useFigureSummary(data.figure.unit, data.stats);
  const { headline } = data.stats;
  return (
    <>
      {headline && (
        <div className="figure-headline">
          <FigureHeadline headline={headline} unit={data.figure.unit} testId="figure-headline" />
        </div>
      )}
      <p className="muted figure-summary" data-testid="figure-summary">
        {summary}
      </p>
      <FigureChart
        {...chartProps}
        title={localizedFigureText(data.figure, locale).title}
        summary={summary}
        highlightId={loggedId}
      />
      <ChartDataTable series={data.chart.series} hidden={state.hidden} />
      <h2>{t("everyValue")}</h2>
      {table.data ? (
        <ObservationTable
          observations={table.data.observations}
          unit={data.figure.unit}
          highlightId={loggedId}
          alertedIds={alertedIds}
          pagination={{
            page: table.data.page,
            pageSize: table.data.pageSize,
            total: table.data.total,
            onPage: (page) => setState({ page }),
          }}
        />
      ) : (
        <p className="muted" role="status">
          {t("loading")}
        </p>
      )}
    </>
  );
}
