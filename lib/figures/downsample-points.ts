// Fewer points, same shape: LTTB (largest-triangle-three-buckets, Steinarsson 2013) picks the
// points that keep the line's look, and we always add back each series' first, last, lowest and
// highest point, so a reader never loses the endpoints or the extremes to the thinning. Pure.
// Written over plain number arrays (typed arrays welcome) rather than through the `downsample`
// package: the chart thins 100,000 points per request, and that package copies every point into
// a new [x, y] array and every bucket into a new slice first.

export const MAX_POINTS_PER_SERIES = 1000;

type Point = { t: number; y: number };

/**
 * Which of the points (t ascending) to keep: at most `max` positions (for `max` ≥ 5), ascending,
 * always including the first, the last, a lowest and a highest.
 */
export function downsampleIndices(t: ArrayLike<number>, y: ArrayLike<number>, max = MAX_POINTS_PER_SERIES): number[] {
  const n = t.length;
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  let minIndex = 0;
  let maxIndex = 0;
  for (let i = 1; i < n; i++) {
    if (y[i] < y[minIndex]) minIndex = i;
    if (y[i] > y[maxIndex]) maxIndex = i;
  }
  // Room for the two extremes LTTB might have skipped (it always keeps first and last).
  const threshold = Math.max(3, max - 2);
  const every = (n - 2) / (threshold - 2);
  const picked = [0];
  let a = 0;
  for (let bucket = 0; bucket < threshold - 2; bucket++) {
    // The next bucket's average point is the third corner of the triangle.
    const nextStart = Math.floor((bucket + 1) * every) + 1;
    const nextEnd = Math.min(Math.floor((bucket + 2) * every) + 1, n);
    let avgT = 0;
    let avgY = 0;
    for (let j = nextStart; j < nextEnd; j++) {
      avgT += t[j];
      avgY += y[j];
    }
    const span = nextEnd - nextStart;
    avgT /= span;
    avgY /= span;
    const start = Math.floor(bucket * every) + 1;
    const end = Math.floor((bucket + 1) * every) + 1;
    let best = start;
    let bestArea = -1;
    for (let j = start; j < end; j++) {
      const area = Math.abs((t[a] - avgT) * (y[j] - y[a]) - (t[a] - t[j]) * (avgY - y[a]));
      if (area > bestArea) {
        bestArea = area;
        best = j;
      }
    }
    picked.push(best);
    a = best;
  }
  picked.push(n - 1);
  if (!picked.includes(minIndex)) picked.push(minIndex);
  if (!picked.includes(maxIndex)) picked.push(maxIndex);
  return picked.sort((p, q) => p - q);
}

export function downsamplePoints<P extends Point>(points: P[], max = MAX_POINTS_PER_SERIES): P[] {
  if (points.length <= max) return points;
  const t = Float64Array.from(points, (p) => p.t);
  const y = Float64Array.from(points, (p) => p.y);
  return downsampleIndices(t, y, max).map((i) => points[i]);
}
