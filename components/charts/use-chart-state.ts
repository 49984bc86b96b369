"use client";
// The chart's view lives in the URL. history.replaceState (which Next.js keeps in step with
// useSearchParams) changes it without a server round trip or a new history entry per click.
import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { chartStateToQuery, parseChartState, type ChartState } from "@/lib/figures/chart-state";

export function useChartState(): [ChartState, (patch: Partial<ChartState>) => void] {
  const params = useSearchParams();
  const state = useMemo(() => parseChartState(params), [params]);
  const update = useCallback(
    (patch: Partial<ChartState>) => {
      const next = { ...state, ...patch };
      // Keep parameters that are not the chart's (e.g. ?logged=…).
      const others = new URLSearchParams(window.location.search);
      for (const k of ["x", "scale", "hide", "from", "to", "consensus", "retracted", "page"]) others.delete(k);
      const own = chartStateToQuery(next).slice(1);
      const rest = others.toString();
      const query = [own, rest].filter(Boolean).join("&");
      window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}`);
    },
    [state],
  );
  return [state, update];
}
