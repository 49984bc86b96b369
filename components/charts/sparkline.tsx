// A tiny trend line for a dashboard card, with its first and last report dates under its ends and
// the newest reported value (as reported, with its qualifier) at the right: a line with nothing
// to say about its ends is a bare hairline. The line is decorative (the card states the value in
// words), so it is aria-hidden; the labels are text. Plain SVG with no hooks: no JavaScript on the
// dashboard. Fewer than two reports: no line at all (the card says what the one report is).
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
  return points
    .map((p, i) => (i === 0 ? `M0,${y(p.y).toFixed(2)}` : `H${x(i).toFixed(2)}V${y(p.y).toFixed(2)}`))
    .join("");
}

/** `from`/`to`: the first and last points' dates, written for the reader; `latest`: the newest report as reported. */
export function Sparkline({
  points,
  from,
  to,
  latest,
}: {
  points: SparkPoint[];
  from: string;
  to: string;
  latest: string;
}) {
  if (points.length < 2) return null;
  return (
    <div className="sparkline-box" data-testid="sparkline">
      <svg
        className="sparkline"
        width="100%"
        height={HEIGHT}
        viewBox={`0 0 100 ${HEIGHT}`}
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        <path
          d={sparklinePath(points)}
          fill="none"
          stroke="#0b5cad"
          strokeWidth={2}
          vectorEffect="non-scaling-stroke"
        />
      </svg>
      <span className="sparkline-ends small muted">
        <span>{from}</span>
        <span>
          {to}: <strong>{latest}</strong>
        </span>
      </span>
    </div>
  );
}
