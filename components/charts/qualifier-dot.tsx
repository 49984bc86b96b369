// The marker says how the number was qualified: ● exact, ▲ at least / more than, ▼ at most /
// less than, ◆ approximately, ▮ a range. A checked value is filled; a value no second editor has
// checked yet is hollow with a dashed outline. The shapes are marker-shape.ts's.
import type { ChartPoint } from "@/lib/figures/chart-series";
import { markerKind, markerPaint, markerShape } from "./marker-shape";

type DotProps = {
  cx?: number;
  cy?: number;
  payload?: ChartPoint;
  stroke?: string;
  highlightId?: string | null;
  onHover?: (p: ChartPoint, at: { x: number; y: number }) => void;
  onLeave?: () => void;
  /** the server-drawn snapshot's markers are not the interactive chart's points */
  testId?: string;
};

export function QualifierDot({ cx, cy, payload, stroke = "#000", highlightId, onHover, onLeave, testId }: DotProps) {
  if (cx === undefined || cy === undefined || !payload) return null;
  const r = payload.id === highlightId ? 8 : 5.5;
  const paint = markerPaint(payload, stroke);
  const common = {
    stroke: paint.stroke,
    strokeWidth: 2,
    fill: paint.fill,
    strokeDasharray: paint.dash ?? undefined,
    "data-qualifier": payload.qualifier,
    "data-check": payload.checkStatus,
    "data-id": payload.id,
    "data-outlet": payload.outletName,
    "data-testid": testId ?? (payload.isRetracted ? "chart-point-retracted" : "chart-point"),
    onMouseEnter: onHover && (() => onHover(payload, { x: cx, y: cy })),
    onClick: onHover && (() => onHover(payload, { x: cx, y: cy })),
    onMouseLeave: onLeave,
    style: onHover ? { cursor: "pointer" } : undefined,
  };
  const shape = markerShape(markerKind(payload), cx, cy, r);
  if (shape.tag === "path") return <path d={shape.d} {...common} />;
  if (shape.tag === "rect")
    return <rect x={shape.x} y={shape.y} width={shape.width} height={shape.height} {...common} />;
  return <circle cx={shape.cx} cy={shape.cy} r={shape.r} {...common} />;
}

/** `label`: its key in the "chart" messages. */
export const QUALIFIER_LEGEND = [
  { symbol: "●", label: "legendExact" },
  { symbol: "▲", label: "legendAtLeast" },
  { symbol: "▼", label: "legendAtMost" },
  { symbol: "~", label: "legendAbout" },
  { symbol: "▮", label: "legendRange" },
  { symbol: "○", label: "legendUnchecked" },
] as const;
