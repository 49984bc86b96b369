// The consensus line: at each reported date, the median of every outlet's latest value so far.
// Pure; draws floats (a person reads the exact strings in the table and tooltips).

export type ConsensusPoint = { t: number; y: number; outlets: number };

/** One outlet's reports, oldest first (reports on the same date: the later one last). */
export type OutletReports = { t: ArrayLike<number>; y: ArrayLike<number> };

export function median(values: number[]): number {
  const s = values.slice().sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

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
 * date's median is a lookup.
 */
export function consensusOfOutlets(outlets: OutletReports[]): ConsensusPoint[] {
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
  const line: ConsensusPoint[] = [];
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
    // Several reports on one date: the median is taken once, after all of them.
    if (size && nextT[heap[0]] === t) continue;
    const mid = count >> 1;
    line.push({ t, y: count % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2, outlets: count });
  }
  return line;
}

/** `points` in any order; reports of one outlet on the same date are taken in the order given. */
export function consensusLine(points: { outletId: string; t: number; y: number }[]): ConsensusPoint[] {
  const byOutlet = new Map<string, { t: number; y: number }[]>();
  for (const p of points) {
    const list = byOutlet.get(p.outletId);
    if (list) list.push(p);
    else byOutlet.set(p.outletId, [p]);
  }
  return consensusOfOutlets(
    [...byOutlet.values()].map((list) => {
      list.sort((a, b) => a.t - b.t); // stable: same-date reports keep their order
      return { t: list.map((p) => p.t), y: list.map((p) => p.y) };
    }),
  );
}
