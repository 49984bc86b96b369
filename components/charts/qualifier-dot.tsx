// The marker says how the number was qualified: ● exact, ▲ at least / more than, ▼ at most /
// less than, ◆ approximately (the "~" of the legend), ▮ a range. A checked value is filled; a
// value no second editor has checked yet is hollow with a dashed outline.
import type { ChartPoint } from "@/lib/figures/chart-series";

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
  const isChecked = payload.checkStatus === "checked";
  const common = {
    stroke: payload.isRetracted ? "#8a909c" : stroke,
    strokeWidth: 2,
    fill: payload.isRetracted ? "#fff" : isChecked ? stroke : "#fff",
    strokeDasharray: isChecked || payload.isRetracted ? undefined : "2 1.5",
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
  if (payload.isRetracted) {
    return <path d={`M${cx - r},${cy - r} L${cx + r},${cy + r} M${cx - r},${cy + r} L${cx + r},${cy - r}`} {...common} />;
  }
  switch (payload.qualifier) {
    case "at_least":
    case "more_than":
      return <path d={`M${cx},${cy - r} L${cx + r},${cy + r * 0.8} L${cx - r},${cy + r * 0.8} Z`} {...common} />;
    case "at_most":
    case "less_than":
      return <path d={`M${cx},${cy + r} L${cx + r},${cy - r * 0.8} L${cx - r},${cy - r * 0.8} Z`} {...common} />;
    case "approximately":
      return <path d={`M${cx},${cy - r} L${cx + r},${cy} L${cx},${cy + r} L${cx - r},${cy} Z`} {...common} />;
    case "range":
      return <rect x={cx - 3} y={cy - r * 1.6} width={6} height={r * 3.2} {...common} />;
    default:
      return <circle cx={cx} cy={cy} r={r} {...common} />;
  }
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
