import { createLTTB } from "downsample";
import { describe, expect, it } from "vitest";
import { consensusLine, consensusOfOutlets } from "@/lib/figures/consensus";
import { downsampleIndices, downsamplePoints } from "@/lib/figures/downsample-points";

const random = (seed: number) => () => (seed = (seed * 16807) % 2147483647) / 2147483647;

describe("downsamplePoints", () => {
  it("leaves a short series alone", () => {
    const pts = [1, 2, 3].map((t) => ({ t, y: t * 2 }));
    expect(downsamplePoints(pts, 10)).toBe(pts);
  });

  it("thins 100,000 points to at most the limit and keeps first, last, min and max", () => {
    // A noisy series whose extremes sit at arbitrary places in the middle.
    const rnd = random(7);
    const pts = Array.from({ length: 100_000 }, (_, t) => ({ t, y: 1000 + rnd() * 100 }));
    pts[31_337].y = 5; // the minimum
    pts[77_777].y = 9999; // the maximum
    const out = downsamplePoints(pts, 1000);
    expect(out.length).toBeLessThanOrEqual(1000);
    expect(out.length).toBeGreaterThan(900);
    expect(out[0]).toBe(pts[0]);
    expect(out[out.length - 1]).toBe(pts[pts.length - 1]);
    expect(out).toContain(pts[31_337]);
    expect(out).toContain(pts[77_777]);
    // Still in time order, each point one of the originals.
    for (let i = 1; i < out.length; i++) expect(out[i].t).toBeGreaterThan(out[i - 1].t);
  });

  it("picks the points the `downsample` package's LTTB picks, plus the extremes", () => {
    // Bucket sizes that are whole numbers, so both sides split the series identically (the
    // package's float arithmetic can lose its last point otherwise; we always keep it).
    const rnd = random(11);
    for (const [buckets, perBucket] of [
      [98, 50],
      [38, 7],
      [998, 3],
    ]) {
      const n = 2 + buckets * perBucket;
      const max = buckets + 4; // LTTB gets max − 2 points: first, `buckets`, last
      let t = 0;
      const pts = Array.from({ length: n }, () => ({ t: (t += 1 + Math.floor(rnd() * 3)), y: rnd() * 1000 }));
      const reference = Array.from(
        createLTTB<{ t: number; y: number }>({ x: "t" as never, y: "y" as never })(pts, max - 2) as ArrayLike<{
          t: number;
          y: number;
        }>,
      );
      const ours = downsampleIndices(
        Float64Array.from(pts, (p) => p.t),
        Float64Array.from(pts, (p) => p.y),
        max,
      ).map((i) => pts[i]);
      expect(ours.filter((p) => reference.includes(p))).toEqual(reference);
      expect(ours.length).toBeLessThanOrEqual(max);
    }
  });

  it("keeps a one-point spike that a step average would flatten", () => {
    const pts = Array.from({ length: 5000 }, (_, t) => ({ t, y: t === 2500 ? 1e6 : 100 + (t % 7) }));
    pts[1200].y = -50;
    const out = downsamplePoints(pts, 50);
    expect(out).toContain(pts[2500]);
    expect(out).toContain(pts[1200]);
    expect(out.length).toBeLessThanOrEqual(50);
  });
});

/** The straightforward definition, for comparison: sort every report, intersect afresh per date. */
function consensusByDefinition(points: { outletId: string; t: number; lo: number; hi: number }[]) {
  const sorted = points.slice().sort((a, b) => a.t - b.t);
  const latest = new Map<string, [number, number]>();
  const line: { t: number; y: number | null; outlets: number }[] = [];
  for (let i = 0; i < sorted.length; i++) {
    latest.set(sorted[i].outletId, [sorted[i].lo, sorted[i].hi]);
    if (i + 1 < sorted.length && sorted[i + 1].t === sorted[i].t) continue;
    const lo = Math.max(...[...latest.values()].map((b) => b[0]));
    const hi = Math.min(...[...latest.values()].map((b) => b[1]));
    line.push({
      t: sorted[i].t,
      y: lo > hi ? null : Number.isFinite(lo) ? lo : Number.isFinite(hi) ? hi : null,
      outlets: latest.size,
    });
  }
  return line;
}

const exact = (outletId: string, t: number, y: number) => ({ outletId, t, lo: y, hi: y });
const atLeast = (outletId: string, t: number, y: number) => ({ outletId, t, lo: y, hi: Infinity });

describe("consensusLine: what the outlets' latest reports agree on", () => {
  it("at least 37 and at least 43 agree on at least 43 (drawn at 43), never their median 40", () => {
    const line = consensusLine([atLeast("a", 1, 37), atLeast("b", 2, 43)]);
    expect(line).toEqual([
      { t: 1, y: 37, outlets: 1 },
      { t: 2, y: 43, outlets: 2 },
    ]);
  });

  it("has a gap where the reports cannot all be true, and closes it when one is replaced", () => {
    const line = consensusLine([
      exact("a", 1, 17),
      atLeast("b", 2, 43), // 17 and "at least 43": a gap
      exact("a", 3, 50), // a's 17 no longer counts
      { outletId: "c", t: 4, lo: -Infinity, hi: 60 }, // at most 60
    ]);
    expect(line).toEqual([
      { t: 1, y: 17, outlets: 1 },
      { t: 2, y: null, outlets: 2 },
      { t: 3, y: 50, outlets: 2 },
      { t: 4, y: 50, outlets: 3 },
    ]);
  });

  it("is empty without points; an upper bound alone is drawn at its value", () => {
    expect(consensusLine([])).toEqual([]);
    expect(consensusOfOutlets([{ t: [], y: [] }], [{ t: [], y: [] }])).toEqual([]);
    expect(consensusLine([{ outletId: "a", t: 1, lo: -Infinity, hi: 5 }])).toEqual([{ t: 1, y: 5, outlets: 1 }]);
  });

  it("lets an outlet's later report on the same date win", () => {
    const line = consensusLine([exact("a", 1, 10), atLeast("b", 1, 5), exact("a", 2, 99), exact("a", 2, 20)]);
    expect(line).toEqual([
      { t: 1, y: 10, outlets: 2 },
      { t: 2, y: 20, outlets: 2 },
    ]);
  });

  it("agrees with the definition on 20,000 random reports (same dates, repeated values, open sides)", () => {
    const rnd = random(5);
    const points = Array.from({ length: 20_000 }, () => {
      const y = Math.floor(rnd() * 50) * 10; // many ties
      const kind = rnd();
      return {
        outletId: `o${Math.floor(rnd() * 60)}`,
        t: Math.floor(rnd() * 400) * 86_400_000,
        lo: kind < 0.2 ? -Infinity : y,
        hi: kind > 0.7 ? Infinity : kind < 0.2 ? y : y + Math.floor(rnd() * 3) * 10,
      };
    });
    points.push(exact("lonely", -1, 7));
    expect(consensusLine(points)).toEqual(consensusByDefinition(points));
  });
});
