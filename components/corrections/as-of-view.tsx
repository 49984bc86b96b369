"use client";
// A figure as it stood at a past moment: the same chart and table as the live view, but from
// the data it was given and never refreshed (a past state does not change).
import { FigureChart } from "@/components/charts/figure-chart";
import { ObservationTable } from "@/components/figures/observation-table";
import { toChartSeries } from "@/lib/figures/chart-series";
import type { FigureDetail } from "@/lib/figures/get-figure";
import { summarizeFigure } from "@/lib/figures/summarize-figure";

export function AsOfView({ detail }: { detail: FigureDetail }) {
  if (detail.observations.length === 0) {
    return <p className="empty">The desk had logged nothing for this figure by then.</p>;
  }
  const summary = summarizeFigure({ unit: detail.figure.unit, observations: detail.observations });
  return (
    <>
      <p className="muted" data-testid="figure-summary">
        {summary}
      </p>
      <FigureChart series={toChartSeries(detail.observations)} events={detail.events} unit={detail.figure.unit} summary={summary} />
      <h2>Every value the desk had logged by then</h2>
      <ObservationTable observations={detail.observations} />
    </>
  );
}
