// What every marker means, drawn with the markers themselves (marker-shape.ts), for pages and the
// embed; chart-svg.ts draws the same key into images.
import type { ChartImageWords } from "./chart-svg";
import { markerShape } from "./marker-shape";

export function MarkerKey({ items, title }: { items: ChartImageWords["key"]; title: string }) {
  return (
    <ul className="marker-key" aria-label={title}>
      {items.map((k) => {
        const shape = markerShape(k.kind === "unchecked" ? "exact" : k.kind, 8, 8, 5);
        const paint =
          k.kind === "unchecked"
            ? { stroke: "currentColor", fill: "none", strokeDasharray: "2 1.5" }
            : k.kind === "retracted"
              ? { stroke: "#8a909c", fill: "none" }
              : { stroke: "currentColor", fill: "currentColor" };
        return (
          <li key={k.kind}>
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              {shape.tag === "path" ? (
                <path d={shape.d} strokeWidth={1.5} {...paint} />
              ) : shape.tag === "rect" ? (
                <rect x={shape.x} y={shape.y} width={shape.width} height={shape.height} strokeWidth={1.5} {...paint} />
              ) : (
                <circle cx={shape.cx} cy={shape.cy} r={shape.r} strokeWidth={1.5} {...paint} />
              )}
            </svg>
            {k.label}
          </li>
        );
      })}
    </ul>
  );
}
