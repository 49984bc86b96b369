"use client";
// The interactive plot (Recharts): step lines, bands, qualifier markers with the quote tooltip,
// the "outlets agree" line, event lines, and drag-to-zoom (brush) over time. Loaded by figure-chart.tsx
// in its own chunk once the page is idle, so Recharts is never on a page's critical path; the
// server-drawn snapshot (chart-snapshot.tsx) stands in until then, at the same size and scale.
import { useLocale, useTranslations } from "next-intl";
import { useLayoutEffect, useRef, useState, type PointerEvent } from "react";
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, XAxis, YAxis } from "recharts";
import type { ChartPoint } from "@/lib/figures/chart-series";
import type { ChartState } from "@/lib/figures/chart-state";
import { formatDate } from "@/lib/format/format-date";
import {
  DAY_MS,
  iso,
  isMinorTick,
  MARGIN,
  NARROW_PLOT_PX,
  PLOT_HEIGHT,
  PLOT_INSET,
  X_AXIS_HEIGHT,
  Y_AXIS_WIDTH,
  type ChartLayout,
} from "./chart-layout";
import { PointDetails } from "./point-details";
import { QualifierDot } from "./qualifier-dot";

import { INTL_TAG } from "@/lib/i18n/locales";
/** A drag shorter than this is a click, not a zoom. */
const MIN_DRAG_PX = 8;

export type FigurePlotProps = {
  layout: ChartLayout;
  scale: ChartState["scale"];
  unit: string;
  summary: string;
  highlightId?: string | null;
  onZoom: (range: { from: string; to: string }) => void;
};

type Hover = { p: ChartPoint; x: number; y: number; color: string };
type Drag = { start: number; end: number };

export function FigurePlot({ layout, scale, unit, summary, highlightId, onZoom }: FigurePlotProps) {
  const t = useTranslations("chart");
  const locale = useLocale();
  const compact = new Intl.NumberFormat(INTL_TAG[locale], { notation: "compact", maximumFractionDigits: 1 });
  const [hover, setHover] = useState<Hover | null>(null);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  // Measured before the first paint (not by ResponsiveContainer after it), so the swap from the
  // snapshot never shows an empty frame.
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = plotRef.current!;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const { visible, consensus, showConsensus } = layout;

  const showTip = (p: ChartPoint, at: { x: number; y: number }, color: string) => {
    if (hideTimer.current) clearTimeout(hideTimer.current);
    setHover({ p, ...at, color });
  };
  const hideTip = () => {
    if (hideTimer.current) clearTimeout(hideTimer.current);
    hideTimer.current = setTimeout(() => setHover(null), 400);
  };

  // Drag across the plot to zoom: the x-axis is linear in time over the plot area, whose edges
  // are fixed by the margins and axis sizes (chart-layout.ts), so a pixel maps straight to a date.
  const clampX = (clientX: number) => {
    const box = plotRef.current!.getBoundingClientRect();
    return Math.min(Math.max(clientX - box.left, PLOT_INSET.left), box.width - PLOT_INSET.right);
  };
  const timeAt = (px: number) => {
    const width = plotRef.current!.clientWidth - PLOT_INSET.left - PLOT_INSET.right;
    const [a, b] = layout.xDomain;
    return a + ((px - PLOT_INSET.left) / width) * (b - a);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0 || (e.target as Element).closest("[data-testid^=chart-point]")) return;
    const x = clampX(e.clientX);
    e.currentTarget.setPointerCapture(e.pointerId);
    e.preventDefault();
    setDrag({ start: x, end: x });
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => drag && setDrag({ ...drag, end: clampX(e.clientX) });
  const onPointerUp = () => {
    if (!drag) return;
    setDrag(null);
    const [lo, hi] = [Math.min(drag.start, drag.end), Math.max(drag.start, drag.end)];
    if (hi - lo < MIN_DRAG_PX) return;
    // Whole days: `from` is the day the drag began on, `to` the day it ended on (inclusive).
    onZoom({ from: iso(Math.floor(timeAt(lo) / DAY_MS) * DAY_MS), to: iso(Math.floor(timeAt(hi) / DAY_MS) * DAY_MS) });
  };

  return (
    <div
      className="chart-plot-area"
      ref={plotRef}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => setDrag(null)}
      data-testid="chart-plot"
    >
      <div role="img" aria-label={summary} style={{ height: PLOT_HEIGHT }}>
        {width > 0 && (
          <ComposedChart width={width} height={PLOT_HEIGHT} margin={MARGIN}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e5e7eb" />
            <XAxis
              dataKey="x"
              type="number"
              scale="time"
              domain={layout.xDomain}
              allowDataOverflow
              ticks={width < NARROW_PLOT_PX ? layout.xTicks.filter((_, i) => !isMinorTick(i)) : layout.xTicks}
              height={X_AXIS_HEIGHT}
              tickFormatter={(ms: number) => formatDate(iso(ms), locale)}
              tick={{ fontSize: 12, fill: "#4a505c" }}
            />
            <YAxis
              type="number"
              scale={scale}
              domain={layout.yDomain}
              ticks={layout.yTicks}
              allowDataOverflow
              tickFormatter={(v: number) => compact.format(v)}
              tick={{ fontSize: 12, fill: "#4a505c" }}
              width={Y_AXIS_WIDTH}
              label={{ value: unit, angle: -90, position: "insideLeft", style: { fontSize: 12, fill: "#4a505c" } }}
            />
            {layout.events.map((e) => (
              <ReferenceLine
                key={e.id}
                x={e.x}
                stroke="#8a909c"
                strokeDasharray="4 4"
                label={{ value: e.label, position: "top", fontSize: 12, fill: "#4a505c" }}
              />
            ))}
            {visible
              .filter((s) => s.live.some((p) => p.qualifier === "range"))
              .map((s) => (
                <Area
                  key={`band-${s.outletId}`}
                  data={s.live}
                  dataKey="band"
                  type="stepAfter"
                  stroke="none"
                  fill={s.color}
                  fillOpacity={0.15}
                  isAnimationActive={false}
                  activeDot={false}
                  legendType="none"
                />
              ))}
            {showConsensus && (
              <Line
                data={consensus}
                dataKey="y"
                name={t("consensus")}
                type="stepAfter"
                stroke="#333"
                strokeWidth={2.5}
                strokeDasharray="7 4"
                dot={false}
                activeDot={false}
                isAnimationActive={false}
              />
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
                strokeDasharray={s.dash ?? undefined}
                isAnimationActive={false}
                activeDot={false}
                dot={({ key, ...p }) => (
                  <QualifierDot
                    key={key}
                    {...p}
                    stroke={s.color}
                    highlightId={highlightId}
                    onHover={(pt, at) => showTip(pt, at, s.color)}
                    onLeave={hideTip}
                  />
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
                  dot={({ key, ...p }) => (
                    <QualifierDot
                      key={key}
                      {...p}
                      stroke={s.color}
                      onHover={(pt, at) => showTip(pt, at, s.color)}
                      onLeave={hideTip}
                    />
                  )}
                />
              ))}
          </ComposedChart>
        )}
      </div>
      {drag && Math.abs(drag.end - drag.start) >= 1 && (
        <div
          className="chart-brush"
          data-testid="chart-brush"
          style={{
            left: Math.min(drag.start, drag.end),
            width: Math.abs(drag.end - drag.start),
            top: PLOT_INSET.top,
            height: PLOT_HEIGHT - PLOT_INSET.top - PLOT_INSET.bottom,
          }}
        />
      )}
      {hover && (
        <div
          className="chart-tooltip panel small"
          data-testid="chart-tooltip"
          style={{
            left: hover.x,
            top: hover.y,
            transform: `translate(${hover.x > width / 2 ? "calc(-100% - 14px)" : "14px"}, 8px)`,
            borderColor: hover.color,
          }}
          onMouseEnter={() => hideTimer.current && clearTimeout(hideTimer.current)}
          onMouseLeave={hideTip}
          onPointerDown={(e) => e.stopPropagation()}
        >
          <strong>{hover.p.display}</strong>
          {hover.p.isRetracted && <span className="badge">{t("retracted")}</span>}
          <div>{hover.p.outletName}</div>
          <div className="muted">
            {t("reportedRefers", { date: formatDate(hover.p.reportedOn, locale), period: hover.p.period })}
          </div>
          <div className="muted">{t("check", { status: hover.p.checkStatus })}</div>
          <PointDetails id={hover.p.id} inline={hover.p.details} />
        </div>
      )}
    </div>
  );
}
