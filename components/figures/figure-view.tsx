"use client";
// The live part of a figure page: the first data comes from the server render, then TanStack
// Query keeps it fresh from /api/figures/[slug] (same shape) while the page is open.
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { toast } from "sonner";
import { FigureChart } from "@/components/charts/figure-chart";
import { ObservationTable } from "./observation-table";
import { toChartSeries } from "@/lib/figures/chart-series";
import type { FigureDetail } from "@/lib/figures/get-figure";
import { summarizeFigure } from "@/lib/figures/summarize-figure";

async function fetchFigure(slug: string): Promise<FigureDetail> {
  const res = await fetch(`/api/figures/${encodeURIComponent(slug)}`, { headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(`Could not refresh (${res.status})`);
  return res.json();
}

export function FigureView({ initial, loggedId, alertedIds }: { initial: FigureDetail; loggedId: string | null; alertedIds?: string[] }) {
  const { data } = useQuery({
    queryKey: ["figure", initial.figure.slug],
    queryFn: () => fetchFigure(initial.figure.slug),
    initialData: initial,
    // Every visit is server-rendered with fresh data, but a cached copy from an earlier visit
    // would win over initialData (e.g. back from logging a value: the new row would be missing
    // for up to 15 s). So keep nothing once the page is left.
    gcTime: 0,
    refetchInterval: 15_000,
  });

  useEffect(() => {
    if (!loggedId) return;
    const saved = initial.observations.find((o) => o.id === loggedId);
    if (saved) toast.success(`Saved: ${saved.display}, ${saved.outlet.name}`);
    document.getElementById(`obs-${loggedId}`)?.scrollIntoView({ block: "center" });
  }, [loggedId, initial.observations]);

  const summary = summarizeFigure({ unit: data.figure.unit, observations: data.observations });
  return (
    <>
      <p className="muted" data-testid="figure-summary">
        {summary}
      </p>
      <FigureChart series={toChartSeries(data.observations)} events={data.events} unit={data.figure.unit} highlightId={loggedId} summary={summary} />
      <h2>Every reported value</h2>
      <ObservationTable observations={data.observations} highlightId={loggedId} alertedIds={alertedIds} />
    </>
  );
}
