"use client";
// A figure's chart as the figure page and the embed draw it: the first data from the server
// render, then kept fresh from /api/figures/[slug]/chart (live changes invalidate ["figure", slug]);
// the view (zoom, scale, hidden outlets) lives in the URL.
import { useQuery } from "@tanstack/react-query";
import { useLocale } from "next-intl";
import { useMemo } from "react";
import { useChartState } from "@/components/charts/use-chart-state";
import type { FigureChartView } from "@/lib/figures/get-figure-chart";
import { unpackChartView, type PackedChartView } from "@/lib/figures/pack-chart";
import { getJson } from "./get-json";

export function useLiveChart(initial: PackedChartView) {
  const locale = useLocale();
  const slug = initial.figure.slug;
  const [state, setState] = useChartState();
  const initialView = useMemo(() => unpackChartView(initial), [initial]);
  const { data } = useQuery({
    queryKey: ["figure", slug, "chart", locale],
    queryFn: () =>
      getJson<FigureChartView>(
        `/api/figures/${encodeURIComponent(slug)}/chart${locale === "en" ? "" : `?locale=${locale}`}`,
      ),
    initialData: initialView,
    // A cached copy from an earlier visit would win over the fresh server render.
    gcTime: 0,
  });
  /** What FigureChart draws, and how it changes the view. */
  const chartProps = {
    slug,
    unit: data.figure.unit,
    chart: data.chart,
    events: data.events,
    state,
    onChange: setState,
  };
  return { data, state, setState, chartProps };
}
