import { describe, expect, it } from "vitest";
import { consensusLine, median } from "@/lib/figures/consensus";
import { downsamplePoints } from "@/lib/figures/downsample-points";

describe("downsamplePoints", () => {
  it("leaves a short series alone", () => {
    const pts = [1, 2, 3].map((t) => ({ t, y: t * 2 }));
    expect(downsamplePoints(pts, 10)).toBe(pts);
  });

  it("thins 100,000 points to at most the limit and keeps first, last, min and max", () => {
    // A noisy series whose extremes sit at arbitrary places in the middle.
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
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
});

describe("consensusLine", () => {
  it("takes the median of each outlet's latest value at each date", () => {
    const line = consensusLine([
      { outletId: "a", t: 1, y: 17 },
      { outletId: "b", t: 2, y: 37 },
      { outletId: "c", t: 3, y: 43 },
      { outletId: "a", t: 4, y: 50 }, // a's 17 no longer counts
      { outletId: "b", t: 4, y: 60 },
    ]);
    expect(line).toEqual([
      { t: 1, y: 17, outlets: 1 },
      { t: 2, y: 27, outlets: 2 },
      { t: 3, y: 37, outlets: 3 },
      { t: 4, y: 50, outlets: 3 }, // median of 50, 60, 43
    ]);
  });

  it("is empty without points, and median handles odd and even counts", () => {
    expect(consensusLine([])).toEqual([]);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
