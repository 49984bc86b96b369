// The marker says how the number was qualified: filled = exact, open ▲ = at least / more
// than, open ▼ = at most / less than, open ○ = approximately, a bar = a range.
import type { ChartPoint } from "@/lib/figures/chart-series";

type DotProps = { cx?: number; cy?: number; payload?: ChartPoint; stroke?: string; highlightId?: string | null };

export function QualifierDot({ cx, cy, payload, stroke = "#000", highlightId }: DotProps) {
  if (cx === undefined || cy === undefined || !payload) return null;
  const r = payload.id === highlightId ? 8 : 5.5;
  // A value no second editor has checked yet is drawn faded (the table says so in words).
  const isChecked = payload.checkStatus === "checked";
  const common = { stroke, strokeWidth: 2, opacity: isChecked ? 1 : 0.45, "data-qualifier": payload.qualifier, "data-check": payload.checkStatus, "data-testid": "chart-point" };
  switch (payload.qualifier) {
    case "at_least":
    case "more_than":
      return <path d={`M${cx},${cy - r} L${cx + r},${cy + r * 0.8} L${cx - r},${cy + r * 0.8} Z`} fill="#fff" {...common} />;
    case "at_most":
    case "less_than":
      return <path d={`M${cx},${cy + r} L${cx + r},${cy - r * 0.8} L${cx - r},${cy - r * 0.8} Z`} fill="#fff" {...common} />;
    case "approximately":
      return <circle cx={cx} cy={cy} r={r} fill="#fff" strokeDasharray="2 2" {...common} />;
    case "range":
      return <rect x={cx - 3} y={cy - r * 1.6} width={6} height={r * 3.2} fill="#fff" {...common} />;
    default:
      return <circle cx={cx} cy={cy} r={r} fill={stroke} {...common} />;
  }
}

export const QUALIFIER_LEGEND = [
  { symbol: "●", label: "exact" },
  { symbol: "△", label: "at least / more than" },
  { symbol: "▽", label: "at most / less than" },
  { symbol: "◌", label: "approximately" },
  { symbol: "▯", label: "range (midpoint)" },
  { symbol: "◦", label: "faded: not checked yet" },
];
