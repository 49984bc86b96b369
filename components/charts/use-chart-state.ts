"use client";
// The chart's view lives in the URL. history.replaceState (which Next.js keeps in step with
// useSearchParams) changes it without a server round trip or a new history entry per click.
// The view is also kept in React state, so a click shows at once: useSearchParams catches up
// with replaceState a render or two later, and a controlled checkbox must not flick back.
import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { chartStateToQuery, parseChartState, type ChartState } from "@/lib/figures/chart-state";

const CHART_KEYS = ["x", "scale", "hide", "from", "to", "consensus", "retracted", "page"];

export function useChartState(): [ChartState, (patch: Partial<ChartState>) => void] {
  const params = useSearchParams();
  const [state, setState] = useState(() => parseChartState(params));
  // The state as last set (by update or a navigation), for update to build on between renders.
  const current = useRef(state);

  // A navigation to other parameters (a link, back/forward) wins over what was clicked before.
  const fromUrl = chartStateToQuery(parseChartState(params));
  useEffect(() => {
    if (fromUrl === chartStateToQuery(current.current)) return;
    current.current = parseChartState(params);
    setState(current.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fromUrl]);

  const update = useCallback((patch: Partial<ChartState>) => {
    const next = { ...current.current, ...patch };
    current.current = next;
    setState(next);
    // Keep parameters that are not the chart's (e.g. ?logged=…).
    const others = new URLSearchParams(window.location.search);
    for (const k of CHART_KEYS) others.delete(k);
    const query = [chartStateToQuery(next).slice(1), others.toString()].filter(Boolean).join("&");
    window.history.replaceState(null, "", `${window.location.pathname}${query ? `?${query}` : ""}`);
  }, []);
  return [state, update];
}
