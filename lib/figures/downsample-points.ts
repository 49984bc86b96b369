// Fewer points, same shape: LTTB (the `downsample` package) picks the points that keep the line's
// look, and we always add back each series' first, last, lowest and highest point, so a reader
// never loses the endpoints or the extremes to the thinning. Pure.
import { createLTTB } from "downsample";

export const MAX_POINTS_PER_SERIES = 1000;

type Point = { t: number; y: number };

export function downsamplePoints<P extends Point>(points: P[], max = MAX_POINTS_PER_SERIES): P[] {
  if (points.length <= max) return points;
  const lttb = createLTTB<P>({ x: "t" as never, y: "y" as never });
  let minIndex = 0;
  let maxIndex = 0;
  points.forEach((p, i) => {
    if (p.y < points[minIndex].y) minIndex = i;
    if (p.y > points[maxIndex].y) maxIndex = i;
  });
  // Room for the two extremes LTTB might have skipped (it always keeps first and last).
  const picked = new Set<P>(Array.from(lttb(points, Math.max(3, max - 2)) as ArrayLike<P>));
  picked.add(points[0]).add(points[points.length - 1]).add(points[minIndex]).add(points[maxIndex]);
  return points.filter((p) => picked.has(p));
}
