// The qualifier markers' geometry, written once: QualifierDot (React, on the page) and chart-svg.ts
// (a standalone SVG string, for images) draw the same shapes. ● exact, ▲ at least / more than,
// ▼ at most / less than, ◆ approximately, ▮ a range, ✕ retracted.
import type { ChartPoint } from "@/lib/figures/chart-series";

export type MarkerKind = "exact" | "atLeast" | "atMost" | "about" | "range" | "retracted";
export type MarkerShape =
  | { tag: "path"; d: string }
  | { tag: "circle"; cx: number; cy: number; r: number }
  | { tag: "rect"; x: number; y: number; width: number; height: number };

export function markerKind(p: Pick<ChartPoint, "qualifier" | "isRetracted">): MarkerKind {
  if (p.isRetracted) return "retracted";
  switch (p.qualifier) {
    case "at_least":
    case "more_than":
      return "atLeast";
    case "at_most":
    case "less_than":
      return "atMost";
    case "approximately":
      return "about";
    case "range":
      return "range";
    default:
      return "exact";
  }
}

export function markerShape(kind: MarkerKind, cx: number, cy: number, r: number): MarkerShape {
  switch (kind) {
    case "retracted":
      return { tag: "path", d: `M${cx - r},${cy - r} L${cx + r},${cy + r} M${cx - r},${cy + r} L${cx + r},${cy - r}` };
    case "atLeast":
      return { tag: "path", d: `M${cx},${cy - r} L${cx + r},${cy + r * 0.8} L${cx - r},${cy + r * 0.8} Z` };
    case "atMost":
      return { tag: "path", d: `M${cx},${cy + r} L${cx + r},${cy - r * 0.8} L${cx - r},${cy - r * 0.8} Z` };
    case "about":
      return { tag: "path", d: `M${cx},${cy - r} L${cx + r},${cy} L${cx},${cy + r} L${cx - r},${cy} Z` };
    case "range":
      return { tag: "rect", x: cx - 3, y: cy - r * 1.6, width: 6, height: r * 3.2 };
    default:
      return { tag: "circle", cx, cy, r };
  }
}

/** How a marker is painted: filled when checked, hollow with a dashed outline when not yet; grey when retracted. */
export function markerPaint(
  p: Pick<ChartPoint, "checkStatus" | "isRetracted">,
  color: string,
  paper = "#fff",
): { stroke: string; fill: string; dash: string | null } {
  if (p.isRetracted) return { stroke: "#8a909c", fill: paper, dash: null };
  const isChecked = p.checkStatus === "checked";
  return { stroke: color, fill: isChecked ? color : paper, dash: isChecked ? null : "2 1.5" };
}
