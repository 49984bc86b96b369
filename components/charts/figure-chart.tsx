"use client";
// A figure's reported values over time: one step line per outlet (a value holds until that
// outlet reports again), range bands, qualifier markers, the consensus line, event reference
// lines, and a tooltip with the quote. Everything a reader changes (x mode, scale, hidden
// outlets, zoom, consensus, retracted) is `state`, which the page keeps in the URL.
// The controls, outlet toggles and legend are plain React; the plot is drawn twice over: first
// as a server-rendered SVG snapshot (no JavaScript needed to see it), then by Recharts, whose
// chunk is imported only once the page is idle (with a mouse) or the reader reaches for the chart
// (touch, focus), so it never delays a page's first paint or interactivity. Both draw from
// chart-layout.ts, so nothing moves when one replaces the other.
import { startTransition, useCallback, useEffect, useMemo, useRef, useState, type ComponentType } from "react";
import type { FigureChartData } from "@/lib/figures/chart-series";
import type { ChartState } from "@/lib/figures/chart-state";
import type { EventDto } from "@/lib/events/list-events-for-figure";
import { formatDate } from "@/lib/format/format-date";
import { layoutChart } from "./chart-layout";
import { ChartSnapshot } from "./chart-snapshot";
import { downloadPng, downloadSvg } from "./export-chart";
import type { FigurePlotProps } from "./figure-plot";
import { QUALIFIER_LEGEND } from "./qualifier-dot";

let plotModule: Promise<ComponentType<FigurePlotProps>> | null = null;
/** One import of the Recharts plot per tab, however many charts ask. */
const loadPlot = () => (plotModule ??= import("./figure-plot").then((m) => m.FigurePlot));

/** Calls `fn` once the browser has nothing better to do (after hydration and first paint). */
function whenIdle(fn: () => void): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const id = window.requestIdleCallback(fn, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 200);
  return () => clearTimeout(id);
}

type Props = {
  title: string;
  slug: string;
  unit: string;
  chart: FigureChartData;
  events: EventDto[];
  summary: string;
  state: ChartState;
  onChange: (patch: Partial<ChartState>) => void;
  highlightId?: string | null;
};

export function FigureChart({ title, slug, unit, chart, events, summary, state, onChange, highlightId }: Props) {
  const plotRef = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const [Plot, setPlot] = useState<ComponentType<FigurePlotProps> | null>(null);

  const load = useCallback(() => {
    void loadPlot().then((component) => startTransition(() => setPlot(() => component)));
  }, []);
  // With a mouse, preload at idle so the first hover already gets its tooltip. On touch screens
  // (phones) wait until the reader touches or focuses the chart: Recharts' ~330 KB chunk and its
  // first render cost a throttled phone 0.5–1 s of main thread, which would land in page load.
  useEffect(() => (window.matchMedia("(hover: hover) and (pointer: fine)").matches ? whenIdle(load) : undefined), [load]);

  const layout = useMemo(() => layoutChart({ chart, events, state }), [chart, events, state]);
  const { drawn, visible, showConsensus } = layout;
  const hidden = useMemo(() => new Set(state.hidden), [state.hidden]);

  if (chart.series.length === 0) return <p className="empty">No published values to chart yet.</p>;

  const toggleOutlet = (outletSlug: string) =>
    onChange({ hidden: hidden.has(outletSlug) ? state.hidden.filter((h) => h !== outletSlug) : [...state.hidden, outletSlug] });

  const exportOpts = (ext: string) => ({
    container: plotRef.current!,
    title,
    unit,
    legend: visible.map((s) => ({ name: state.colour === "origin" && s.origin ? `${s.outletName} (${s.origin})` : s.outletName, color: s.color })).concat(showConsensus ? [{ name: "Consensus (median of latest values)", color: "#333" }] : []),
    filename: `tally-${slug}-chart.${ext}`,
  });

  return (
    <figure className="panel chart-panel" data-testid="figure-chart" data-interactive={Plot ? "true" : "false"} onPointerEnter={load} onTouchStart={load} onFocus={load}>
      <div className="chart-controls" role="group" aria-label="Chart options">
        <label>
          X axis{" "}
          <select value={state.x} onChange={(e) => onChange({ x: e.target.value as ChartState["x"] })}>
            <option value="reported">Date reported</option>
            <option value="refers">Period it refers to</option>
          </select>
        </label>
        <label>
          Scale{" "}
          <select value={state.scale} onChange={(e) => onChange({ scale: e.target.value as ChartState["scale"] })}>
            <option value="linear">Linear</option>
            <option value="log">Logarithmic</option>
          </select>
        </label>
        <label>
          Colour by{" "}
          <select value={state.colour} onChange={(e) => onChange({ colour: e.target.value as ChartState["colour"] })}>
            <option value="outlet">Outlet</option>
            <option value="origin">Origin (the source cited)</option>
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={state.consensus} onChange={(e) => onChange({ consensus: e.target.checked })} /> Agreement line
        </label>
        <label className="check">
          <input type="checkbox" checked={state.retracted} onChange={(e) => onChange({ retracted: e.target.checked, page: 1 })} /> Show retracted
          {chart.retractedCount > 0 ? ` (${chart.retractedCount})` : ""}
        </label>
        <label>
          From <input type="date" value={state.from ?? ""} onChange={(e) => onChange({ from: e.target.value || null })} />
        </label>
        <label>
          To <input type="date" value={state.to ?? ""} onChange={(e) => onChange({ to: e.target.value || null })} />
        </label>
        {(state.from || state.to) && (
          <button type="button" className="button secondary small-button" onClick={() => onChange({ from: null, to: null })}>
            Reset zoom
          </button>
        )}
        <span className="chart-downloads">
          <button type="button" className="button secondary small-button" disabled={busy || !Plot} onClick={() => downloadSvg(exportOpts("svg"))}>
            Download SVG
          </button>
          <button
            type="button"
            className="button secondary small-button"
            disabled={busy || !Plot}
            onClick={() => {
              setBusy(true);
              downloadPng(exportOpts("png")).finally(() => setBusy(false));
            }}
          >
            Download PNG
          </button>
        </span>
      </div>

      <div className="chart-outlets" role="group" aria-label="Outlets on the chart (press to hide or show)">
        {drawn.map((s) => (
          <button key={s.outletId} type="button" className="outlet-toggle" aria-pressed={!s.isHidden} onClick={() => toggleOutlet(s.outletSlug)} style={{ ["--swatch" as string]: s.color }}>
            {s.outletName}
            {state.colour === "origin" && s.origin ? ` (${s.origin})` : ""}
          </button>
        ))}
        {showConsensus && (
          <span className="consensus-key" aria-hidden="true">
            Outlets agree
          </span>
        )}
      </div>

      <div className="chart-plot" ref={plotRef}>
        {Plot ? (
          <Plot layout={layout} scale={state.scale} unit={unit} summary={summary} highlightId={highlightId} onZoom={(range) => onChange(range)} />
        ) : (
          <div role="img" aria-label={summary}>
            <ChartSnapshot layout={layout} scale={state.scale} unit={unit} />
          </div>
        )}
      </div>

      {layout.undated.length > 0 && (
        <div className="chart-undated" data-testid="chart-undated">
          <p className="small">
            <strong>Period not given</strong> — not drawn on this axis, because these reports do not say which period they are about:
          </p>
          <ul className="small">
            {layout.undated.map((p) => (
              <li key={p.id}>
                {p.display} — {p.outletName}, reported {formatDate(p.reportedOn)}
                {p.period !== "not stated" ? ` (“${p.period}”)` : ""}
              </li>
            ))}
          </ul>
        </div>
      )}

      <figcaption className="chart-legend">
        {QUALIFIER_LEGEND.map((q) => (
          <span key={q.label}>
            <span aria-hidden="true">{q.symbol}</span> {q.label}
          </span>
        ))}
        {showConsensus && <span>– – what the outlets’ latest reports agree on (at its lower end; a gap where they disagree)</span>}
      </figcaption>
      {events.length > 0 && (
        <ol className="small muted" style={{ margin: ".75rem 0 0", paddingLeft: "1.25rem" }} aria-label="Events marked on the chart">
          {events.map((e) => (
            <li key={e.id}>
              {formatDate(e.date)}: {e.url ? <a href={e.url}>{e.title}</a> : e.title}
            </li>
          ))}
        </ol>
      )}
    </figure>
  );
}
