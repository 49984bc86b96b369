// A tiny trend line for a dashboard card. Decorative: the card states the value in words, so it is
// aria-hidden and holds nothing focusable. Plain SVG with no hooks, so it costs no JavaScript on
// the dashboard: a Recharts chart per card was most of the page's main-thread time on a phone.
// The path is drawn in a 100 × 40 box stretched to the card's width; the stroke is not stretched.
import type { SparkPoint } from "@/lib/figures/sparkline";

const HEIGHT = 40;
const PAD = 4;

/** A step line (each value holds until the next report), points spaced evenly like Recharts did. */
export function sparklinePath(points: SparkPoint[]): string {
  const ys = points.map((p) => p.y);
  const min = Math.min(...ys);
  const span = Math.max(...ys) - min;
  const x = (i: number) => (points.length === 1 ? 50 : (i / (points.length - 1)) * 100);
  const y = (v: number) => (span === 0 ? HEIGHT / 2 : PAD + (1 - (v - min) / span) * (HEIGHT - 2 * PAD));
  return points.map((p, i) => (i === 0 ? `M0,${y(p.y).toFixed(2)}` : `H${x(i).toFixed(2)}V${y(p.y).toFixed(2)}`)).join("");
}

export function Sparkline({ points }: { points: SparkPoint[] }) {
  if (points.length < 2) return <div style={{ height: HEIGHT }} aria-hidden="true" />;
  return (
    <svg className="sparkline" width="100%" height={HEIGHT} viewBox={`0 0 100 ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <path d={sparklinePath(points)} fill="none" stroke="#0b5cad" strokeWidth={2} vectorEffect="non-scaling-stroke" />
    </svg>
  );
}
