// The consensus line: at each reported date, the median of every outlet's latest value so far.
// Pure; draws floats (a person reads the exact strings in the table and tooltips).

export type ConsensusPoint = { t: number; y: number; outlets: number };

export function median(values: number[]): number {
  const s = values.slice().sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** `points` in any order; each says which outlet reported what when. */
export function consensusLine(points: { outletId: string; t: number; y: number }[]): ConsensusPoint[] {
  const sorted = points.slice().sort((a, b) => a.t - b.t);
  const latest = new Map<string, number>();
  const line: ConsensusPoint[] = [];
  for (let i = 0; i < sorted.length; i++) {
    latest.set(sorted[i].outletId, sorted[i].y);
    // Several reports on one date: the median is taken once, after all of them.
    if (i + 1 < sorted.length && sorted[i + 1].t === sorted[i].t) continue;
    line.push({ t: sorted[i].t, y: median([...latest.values()]), outlets: latest.size });
  }
  return line;
}
