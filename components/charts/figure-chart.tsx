"use client";
// A figure's reported values over time: one step line per outlet (a value holds until that
// outlet reports again), range bands, qualifier markers, the consensus line, event reference
// lines, and a tooltip with the quote. Everything a reader changes (x mode, scale, hidden
// outlets, zoom, consensus, retracted) is `state`, which the page keeps in the URL.
import { useMemo, useRef, useState } from "react";
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from "recharts";
import type { ChartPoint, FigureChartData } from "@/lib/figures/chart-series";
import type { ChartState } from "@/lib/figures/chart-state";
import type { EventDto } from "@/lib/events/list-events-for-figure";
import { formatDate } from "@/lib/format/format-date";
import { downloadPng, downloadSvg } from "./export-chart";
import { QUALIFIER_LEGEND, QualifierDot } from "./qualifier-dot";

const DAY_MS = 86_400_000;
const compact = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });
const CHECK_WORDS = { unchecked: "not yet checked", checked: "checked by a second editor", returned: "sent back by a checker" } as const;

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

type Hover = { p: ChartPoint; x: number; y: number; color: string };

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

export function FigureChart({ title, slug, unit, chart, events, summary, state, onChange, highlightId }: Props) {
  const plotRef = useRef<HTMLDivElement>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [busy, setBusy] = useState(false);

  const hidden = useMemo(() => new Set(state.hidden), [state.hidden]);
  const fromT = state.from ? Date.parse(`${state.from}T00:00:00Z`) : -Infinity;
  const toT = state.to ? Date.parse(`${state.to}T00:00:00Z`) : Infinity;

  const drawn = useMemo(
    () =>
      chart.series.map((s) => {
        const points = s.points
          .filter((p) => (state.retracted || !p.isRetracted) && (state.scale === "linear" || p.y > 0))
          .map((p) => ({ ...p, x: state.x === "refers" ? p.tr : p.t }))
          .filter((p) => p.x >= fromT && p.x <= toT)
          .sort((a, b) => a.x - b.x);
        return { ...s, isHidden: hidden.has(s.outletSlug), live: points.filter((p) => !p.isRetracted), retracted: points.filter((p) => p.isRetracted) };
      }),
    [chart.series, state.retracted, state.scale, state.x, hidden, fromT, toT],
  );
  const visible = drawn.filter((s) => !s.isHidden);
  const showConsensus = state.consensus && state.x === "reported" && chart.consensus.length > 0;
  const consensus = showConsensus ? chart.consensus.filter((c) => (state.scale === "linear" || c.y > 0) && c.t >= fromT && c.t <= toT).map((c) => ({ x: c.t, y: c.y })) : [];

  if (chart.series.length === 0) return <p className="empty">No published values to chart yet.</p>;

  const xs = visible.flatMap((s) => [...s.live, ...s.retracted].map((p) => p.x)).concat(events.map((e) => Date.parse(`${e.date}T00:00:00Z`)));
  const first = xs.length ? Math.min(...xs) : Date.now();
  const last = xs.length ? Math.max(...xs) : Date.now();
  // Pad so points never sit on the axis edges, and one-day figures still get a readable axis.
  const pad = Math.max(7 * DAY_MS, (last - first) * 0.05);
  const domain: [number, number] = [Number.isFinite(fromT) ? fromT : first - pad, Number.isFinite(toT) ? toT + DAY_MS - 1 : last + pad];
  // Day-aligned ticks of our own: Recharts' "nice" ticks repeat on narrow time domains.
  const step = Math.max(DAY_MS, Math.ceil((domain[1] - domain[0]) / 6 / DAY_MS) * DAY_MS);
  const ticks: number[] = [];
  for (let t = Math.ceil(domain[0] / DAY_MS) * DAY_MS; t <= domain[1]; t += step) ticks.push(t);
  const ys = visible.flatMap((s) => s.live.flatMap((p) => [p.y, ...p.band]).concat(s.retracted.map((p) => p.y)));
  const yMin = ys.length ? Math.min(...ys) : 1;
  const yMax = ys.length ? Math.max(...ys) : 10;
  const yDomain: [number | string, number | string] = state.scale === "log" ? [Math.max(yMin / 1.5, 1e-9), yMax * 1.5] : [0, "auto"];

  const showTip = (p: ChartPoint, at: { x: number; y: number }, color: string) => {
    if (hideTimer.current) clearTimeout(hideTimer.current);
    setHover({ p, ...at, color });
  };
  const hideTip = () => {
    if (hideTimer.current) clearTimeout(hideTimer.current);
    hideTimer.current = setTimeout(() => setHover(null), 400);
  };
  const toggleOutlet = (outletSlug: string) =>
    onChange({ hidden: hidden.has(outletSlug) ? state.hidden.filter((h) => h !== outletSlug) : [...state.hidden, outletSlug] });

  const exportOpts = (ext: string) => ({
    container: plotRef.current!,
    title,
    unit,
    legend: visible.map((s) => ({ name: s.outletName, color: s.color })).concat(showConsensus ? [{ name: "Consensus (median of latest values)", color: "#333" }] : []),
    filename: `tally-${slug}-chart.${ext}`,
  });
  const plotWidth = plotRef.current?.clientWidth ?? 800;

  return (
    <figure className="panel chart-panel" data-testid="figure-chart">
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
        <label className="check">
          <input type="checkbox" checked={state.consensus} onChange={(e) => onChange({ consensus: e.target.checked })} /> Consensus line
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
          <button type="button" className="button secondary small-button" disabled={busy} onClick={() => downloadSvg(exportOpts("svg"))}>
            Download SVG
          </button>
          <button
            type="button"
            className="button secondary small-button"
            disabled={busy}
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
          </button>
        ))}
        {showConsensus && (
          <span className="consensus-key" aria-hidden="true">
            Consensus
          </span>
        )}
      </div>

      <div className="chart-plot" ref={plotRef}>
        <div role="img" aria-label={summary} style={{ height: 380 }}>
          <ResponsiveContainer width="100%" height="100%">
            <ComposedChart margin={{ top: 24, right: 24, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e5e7eb" />
              <XAxis
                dataKey="x"
                type="number"
                scale="time"
                domain={domain}
                allowDataOverflow
                ticks={ticks}
                tickFormatter={(t: number) => formatDate(iso(t))}
                tick={{ fontSize: 12, fill: "#4a505c" }}
              />
              <YAxis
                type="number"
                scale={state.scale}
                domain={yDomain}
                allowDataOverflow={state.scale === "log"}
                tickFormatter={(v: number) => compact.format(v)}
                tick={{ fontSize: 12, fill: "#4a505c" }}
                width={64}
                label={{ value: unit, angle: -90, position: "insideLeft", style: { fontSize: 12, fill: "#4a505c" } }}
              />
              {events.map((e, i) => (
                <ReferenceLine
                  key={e.id}
                  x={Date.parse(`${e.date}T00:00:00Z`)}
                  stroke="#8a909c"
                  strokeDasharray="4 4"
                  label={{ value: String(i + 1), position: "top", fontSize: 12, fill: "#4a505c" }}
                />
              ))}
              {visible
                .filter((s) => s.live.some((p) => p.qualifier === "range"))
                .map((s) => (
                  <Area key={`band-${s.outletId}`} data={s.live} dataKey="band" type="stepAfter" stroke="none" fill={s.color} fillOpacity={0.15} isAnimationActive={false} activeDot={false} legendType="none" />
                ))}
              {showConsensus && (
                <Line data={consensus} dataKey="y" name="Consensus" type="stepAfter" stroke="#333" strokeWidth={2.5} strokeDasharray="7 4" dot={false} activeDot={false} isAnimationActive={false} />
              )}
              {visible.map((s) => (
                <Line
                  key={s.outletId}
                  data={s.live}
                  dataKey="y"
                  name={s.outletName}
                  type="stepAfter"
                  stroke={s.color}
                  strokeWidth={2}
                  isAnimationActive={false}
                  activeDot={false}
                  dot={({ key, ...p }) => (
                    <QualifierDot key={key} {...p} stroke={s.color} highlightId={highlightId} onHover={(pt, at) => showTip(pt, at, s.color)} onLeave={hideTip} />
                  )}
                />
              ))}
              {visible
                .filter((s) => s.retracted.length > 0)
                .map((s) => (
                  <Line
                    key={`retracted-${s.outletId}`}
                    data={s.retracted}
                    dataKey="y"
                    stroke="none"
                    isAnimationActive={false}
                    activeDot={false}
                    legendType="none"
                    dot={({ key, ...p }) => <QualifierDot key={key} {...p} stroke={s.color} onHover={(pt, at) => showTip(pt, at, s.color)} onLeave={hideTip} />}
                  />
                ))}
            </ComposedChart>
          </ResponsiveContainer>
        </div>
        {hover && (
          <div
            className="chart-tooltip panel small"
            data-testid="chart-tooltip"
            style={{ left: hover.x, top: hover.y, transform: `translate(${hover.x > plotWidth / 2 ? "calc(-100% - 14px)" : "14px"}, 8px)`, borderColor: hover.color }}
            onMouseEnter={() => hideTimer.current && clearTimeout(hideTimer.current)}
            onMouseLeave={hideTip}
          >
            <strong>{hover.p.display}</strong>
            {hover.p.isRetracted && <span className="badge"> retracted</span>}
            <div>{hover.p.outletName}</div>
            <div className="muted">Cited source: {hover.p.citedSources.join(" › ") || "none given"}</div>
            <div className="muted">Reported {formatDate(hover.p.reportedOn)} · refers to {hover.p.period}</div>
            <div className="muted">{CHECK_WORDS[hover.p.checkStatus]}</div>
            <blockquote className="quote">“{hover.p.quote}”</blockquote>
            {hover.p.url && (
              <a href={hover.p.url} rel="noopener noreferrer" target="_blank">
                Read the article
              </a>
            )}
          </div>
        )}
      </div>

      <figcaption className="chart-legend">
        {QUALIFIER_LEGEND.map((q) => (
          <span key={q.label}>
            <span aria-hidden="true">{q.symbol}</span> {q.label}
          </span>
        ))}
        {showConsensus && <span>– – consensus: median of every outlet’s latest value</span>}
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
