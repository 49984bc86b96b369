// The "outlets agree" line: at each reported date, what every outlet's latest report so far
// allows together — the intersection of their intervals (lib/values/interval.ts; "at least 37"
// and "at least 43" → at least 43). Drawn at its lower end (a reported bound), else its upper
// end; a gap (y null) where the reports cannot all be true. Never a median: no number is drawn
// that nobody reported. Pure; draws floats (a person reads the exact strings elsewhere).

export type ConsensusPoint = { t: number; y: number | null; outlets: number };

/** One outlet's reports, oldest first (reports on the same date: the later one last). */
export type OutletReports = { t: ArrayLike<number>; y: ArrayLike<number> };

/** The statistic taken of the outlets' latest values (sorted, in [0, count)) at each date. */
type Pick = (sorted: Float64Array, count: number) => number;
const highest: Pick = (s, n) => s[n - 1];
const lowest: Pick = (s) => s[0];

/** First index in sorted `s[0, n)` whose value is ≥ `v`. */
function lowerBound(s: Float64Array, n: number, v: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * From each outlet's reports in order. Built for 100,000 reports in a request, so no sort of them
 * all and no object per report: the outlets are merged by date through a heap of outlets (about
 * log(outlets) steps a report), and the outlets' latest values are kept sorted as they change
 * (binary searches, and a move of the values between an outlet's old and new value), so each
 * date's statistic is a lookup.
 */
function lineOfOutlets(outlets: OutletReports[], pick: Pick): { t: number; y: number; outlets: number }[] {
  const k = outlets.length;
  const next = new Int32Array(k);
  const nextT = new Float64Array(k); // date of each outlet's next report (the heap's key)
  // Binary min-heap of outlet indexes by nextT, ties by index (any order works for a tie).
  const heap = new Int32Array(k);
  let size = 0;
  const less = (a: number, b: number) => nextT[a] < nextT[b] || (nextT[a] === nextT[b] && a < b);
  const siftDown = (i: number) => {
    const o = heap[i];
    for (;;) {
      const l = 2 * i + 1;
      if (l >= size) break;
      const c = l + 1 < size && less(heap[l + 1], heap[l]) ? l + 1 : l;
      if (!less(heap[c], o)) break;
      heap[i] = heap[c];
      i = c;
    }
    heap[i] = o;
  };
  for (let o = 0; o < k; o++) {
    if (!outlets[o].t.length) continue;
    nextT[o] = outlets[o].t[0];
    let i = size++;
    while (i > 0 && less(o, heap[(i - 1) >> 1])) {
      heap[i] = heap[(i - 1) >> 1];
      i = (i - 1) >> 1;
    }
    heap[i] = o;
  }

  const latest = new Float64Array(k).fill(NaN);
  const values = new Float64Array(k); // every outlet's latest value, sorted, in [0, count)
  let count = 0;
  const line: { t: number; y: number; outlets: number }[] = [];
  while (size) {
    const o = heap[0];
    const t = nextT[o];
    const y = outlets[o].y[next[o]];
    const before = latest[o];
    if (Number.isNaN(before)) {
      const at = lowerBound(values, count, y);
      values.copyWithin(at + 1, at, count);
      values[at] = y;
      count++;
    } else if (y > before) {
      const from = lowerBound(values, count, before);
      const to = lowerBound(values, count, y) - 1;
      values.copyWithin(from, from + 1, to + 1);
      values[to] = y;
    } else {
      const from = lowerBound(values, count, before);
      const to = lowerBound(values, count, y);
      values.copyWithin(to + 1, to, from);
      values[to] = y;
    }
    latest[o] = y;
    if (++next[o] < outlets[o].t.length) nextT[o] = outlets[o].t[next[o]];
    else heap[0] = heap[--size];
    if (size) siftDown(0);
    // Several reports on one date: the statistic is taken once, after all of them.
    if (size && nextT[heap[0]] === t) continue;
    line.push({ t, y: pick(values, count), outlets: count });
  }
  return line;
}

/**
 * From each outlet's reports in order, as the lower and upper ends of their intervals (±Infinity
 * for an open side; same dates in both). The highest lower end and the lowest upper end of the
 * outlets' latest reports are the intersection.
 */
export function consensusOfOutlets(lows: OutletReports[], highs: OutletReports[]): ConsensusPoint[] {
  const lo = lineOfOutlets(lows, highest);
  const hi = lineOfOutlets(highs, lowest);
  return lo.map((p, i) => {
    const top = hi[i].y;
    const y = p.y > top ? null : Number.isFinite(p.y) ? p.y : Number.isFinite(top) ? top : null;
    return { t: p.t, y, outlets: p.outlets };
  });
}

/** `points` in any order (lo/hi: the ends of each report's interval); same-date reports of one outlet keep their order. */
export function consensusLine(points: { outletId: string; t: number; lo: number; hi: number }[]): ConsensusPoint[] {
  const byOutlet = new Map<string, { t: number; lo: number; hi: number }[]>();
  for (const p of points) {
    const list = byOutlet.get(p.outletId);
    if (list) list.push(p);
    else byOutlet.set(p.outletId, [p]);
  }
  const lists = [...byOutlet.values()].map((list) => list.sort((a, b) => a.t - b.t)); // stable
  return consensusOfOutlets(
    lists.map((list) => ({ t: list.map((p) => p.t), y: list.map((p) => p.lo) })),
    lists.map((list) => ({ t: list.map((p) => p.t), y: list.map((p) => p.hi) })),
  );
}
