// Thirty downloads whose readers never read (a slow network) hold at most the export pool's
// connections; the rest are refused with 429 at once, and a figure's page data still comes quickly.
import { describe, expect, it } from "vitest";
import { GET as exportCsv } from "@/app/api/export.csv/route";
import { GET as figureJson } from "@/app/api/figures/[slug]/route";
import { POOL_SETTINGS } from "@/lib/db/pool-settings";
import { makeFigure, makeOutlet } from "../factories";
import { logValue } from "../factories/log-value";

const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });

describe("thirty slow exports", () => {
  it("cannot starve the figure pages", async () => {
    const figure = await makeFigure();
    const outlet = await makeOutlet();
    await logValue(figure.slug, outlet.id);

    const downloads = await Promise.all(
      Array.from({ length: 30 }, () => exportCsv(new Request("http://localhost/api/export.csv"), ctx({}))),
    );
    const byStatus = (s: number) => downloads.filter((r) => r.status === s).length;
    expect(byStatus(200)).toBeLessThanOrEqual(POOL_SETTINGS.export.max);
    expect(byStatus(200)).toBeGreaterThan(0);
    expect(byStatus(429)).toBe(30 - byStatus(200));
    expect(downloads.find((r) => r.status === 429)!.headers.get("retry-after")).toBe("5");

    const started = performance.now();
    const page = await figureJson(
      new Request(`http://localhost/api/figures/${figure.slug}`),
      ctx({ slug: figure.slug }),
    );
    const seconds = (performance.now() - started) / 1000;
    expect(page.status).toBe(200);
    expect(seconds).toBeLessThan(2);

    for (const r of downloads) await r.body?.cancel();
  });
});
