// GET /api/alerts and /api/alerts/summary, called as Next.js calls them.
import { describe, expect, it } from "vitest";
import { GET as alertsJson } from "@/app/api/alerts/route";
import { GET as summaryJson } from "@/app/api/alerts/summary/route";
import { makeFigure, makeOutlet } from "../factories";
import { makeUser, sessionHeaders } from "../factories/users";
import { logExact } from "../factories/log-value";

const req = (path: string) => new Request(`http://localhost${path}`);
const ctx = { params: Promise.resolve({}) };

describe("alerts API", () => {
  it("lists a figure's alerts and counts them per figure with the observations involved", async () => {
    const fig = await makeFigure();
    const outlet = await makeOutlet();
    const log = (value: string, reportedOn: string) => logExact(fig.slug, outlet.id, value, reportedOn);
    const a = await log("43", "2025-10-20");
    const b = await log("37", "2025-10-25");

    const viewer = await sessionHeaders(await makeUser({ role: "viewer" }));
    const list = await alertsJson(
      new Request(`http://localhost/api/alerts?figure=${fig.slug}&rule=decrease`, { headers: viewer }),
      ctx,
    );
    expect(list.status).toBe(200);
    const { alerts } = await list.json();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      rule: "decrease",
      status: "open",
      figure: { slug: fig.slug },
      details: { value: "37", previous: "43" },
    });

    const summary = await (await summaryJson(req("/api/alerts/summary"), ctx)).json();
    expect(summary.open).toBeGreaterThanOrEqual(1);
    // (only this figure's decrease alert, unless another file's stale check with a moved clock adds one)
    expect(summary.byFigure[fig.id]).toMatchObject({ slug: fig.slug, acknowledged: 0 });
    expect(summary.byFigure[fig.id].open).toBeGreaterThanOrEqual(1);
    expect(summary.byFigure[fig.id].observationIds.slice(0, 2).sort()).toEqual([a.id, b.id].sort());
  });

  it("answers a bad filter with a 400 naming the field", async () => {
    const viewer = await sessionHeaders(await makeUser({ role: "viewer" }));
    const res = await alertsJson(
      new Request("http://localhost/api/alerts?rule=nonsense&status=sleeping", { headers: viewer }),
      ctx,
    );
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe("validation_failed");
    expect(Object.keys(body.error.fields).sort()).toEqual(["rule", "status"]);
  });
});
