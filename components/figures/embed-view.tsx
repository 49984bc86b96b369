"use client";
// The chart alone, for iframes: title, summary, the chart with its controls, a link back.
import { useQuery } from "@tanstack/react-query";
import { FigureChart } from "@/components/charts/figure-chart";
import { useChartState } from "@/components/charts/use-chart-state";
import type { FigureChartView } from "@/lib/figures/get-figure-chart";
import { summarizeFigure } from "@/lib/figures/summarize-figure";

export function EmbedView({ initial }: { initial: FigureChartView }) {
  const slug = initial.figure.slug;
  const [state, setState] = useChartState();
  const { data } = useQuery({
    queryKey: ["figure", slug, "chart"],
    queryFn: async () => (await fetch(`/api/figures/${encodeURIComponent(slug)}/chart`)).json() as Promise<FigureChartView>,
    initialData: initial,
    gcTime: 0,
  });
  const summary = summarizeFigure({ unit: data.figure.unit, stats: data.stats });
  return (
    <div className="embed" data-testid="embed">
      <h1 className="embed-title">{data.figure.title}</h1>
      <p className="muted small">{summary}</p>
      <FigureChart title={data.figure.title} slug={slug} unit={data.figure.unit} chart={data.chart} events={data.events} summary={summary} state={state} onChange={setState} />
      <p className="small muted">
        Source: outlets as listed; compiled by{" "}
        <a href={`/figures/${slug}`} target="_blank" rel="noopener">
          Tally
        </a>
        .
      </p>
    </div>
  );
}
