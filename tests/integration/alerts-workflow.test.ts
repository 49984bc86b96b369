// The desk's alert workflow: one open alert per condition, stale alerts that close themselves
// when a report arrives, one article's new-outlet alerts grouped, a per-rule quiet period, and
// bulk acknowledge/resolve (all or nothing, a revision each).
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { describeAlert } from "@/lib/monitoring/describe-alert";
import { checkStaleFigures } from "@/lib/monitoring/check-stale-figures";
import { getAlertReports } from "@/lib/monitoring/get-alert-reports";
import { listAlerts } from "@/lib/monitoring/list-alerts";
import { updateAlertsStatus } from "@/lib/monitoring/update-alerts-status";
import { updateMonitoringSettings } from "@/lib/monitoring/update-monitoring-settings";
import { DEFAULT_SETTINGS } from "@/lib/monitoring/config";
import { logObservations } from "@/lib/observations/log-observations";
import { makeFigure, makeOutlet, observationInput, TEST_ACTOR } from "../factories";
import { logExact } from "../factories/log-value";

const db = getDb();
const EDITOR = { ...TEST_ACTOR, name: "Ana" };
const today = () => new Date().toISOString().slice(0, 10);

const revisionsOf = async (id: string) =>
  (await db.revision.findMany({ where: { entityType: "alert", entityId: id }, orderBy: { id: "asc" } })).map((r) => [
    r.action,
    r.actor,
  ]);

describe("stale alerts", () => {
  it("a second silence for the same figure updates the open alert; a new report resolves it with a revision", async () => {
    const fig = await makeFigure({ kind: "level" });
    const outlet = await makeOutlet();
    await logExact(fig.slug, outlet.id, "43", "2024-01-01");
    const now = new Date();
    await checkStaleFigures({ db, clock: () => now, figureIds: [fig.id] });
    const [first] = await listAlerts({ db, query: { figure: fig.slug, rule: "stale" } });
    expect(first.details).toMatchObject({ lastReportedOn: "2024-01-01" });

    // a backfilled older-but-newer report: still stale, a new "last report" — not a second alert
    await logExact(fig.slug, outlet.id, "44", "2024-02-01");
    await checkStaleFigures({ db, clock: () => now, figureIds: [fig.id] });
    const stale = await listAlerts({ db, query: { figure: fig.slug, rule: "stale", status: "all" } });
    expect(stale).toHaveLength(1);
    expect(stale[0]).toMatchObject({ id: first.id, status: "open", details: { lastReportedOn: "2024-02-01" } });
    expect(await revisionsOf(first.id)).toEqual([
      ["open", "monitoring"],
      ["update", "monitoring"],
    ]);

    const fresh = await logExact(fig.slug, outlet.id, "45", today());
    const [resolved] = await listAlerts({ db, query: { figure: fig.slug, rule: "stale", status: "all" } });
    expect(resolved).toMatchObject({ status: "resolved", resolvedBy: "monitoring" });
    expect(resolved.resolveNote).toContain(`a new report arrived (${fresh.outlet.name}, ${today()})`);
    expect(await revisionsOf(first.id)).toEqual([
      ["open", "monitoring"],
      ["update", "monitoring"],
      ["resolve", "monitoring"],
    ]);
  });
});

describe("new outlets", () => {
  it("one article's first reports of three figures raise one grouped alert listing the figures", async () => {
    const figs = [await makeFigure(), await makeFigure(), await makeFigure()];
    const [old, reuters] = [await makeOutlet(), await makeOutlet("Reuters " + Date.now())];
    for (const f of figs) await logExact(f.slug, old.id, "10", "2025-10-20");
    const url = `https://example.com/article-${Date.now()}`;
    await logObservations({
      db,
      actor: TEST_ACTOR,
      inputs: figs.map((f, i) =>
        observationInput(f.slug, reuters.id, {
          qualifier: "exact",
          value: String(11 + i),
          reportedOn: "2025-10-21",
          url,
        }),
      ),
    });
    const alerts = (
      await Promise.all(
        figs.map((f) => listAlerts({ db, query: { figure: f.slug, rule: "new_outlet", status: "all" } })),
      )
    ).flat();
    expect(alerts).toHaveLength(1);
    expect(alerts[0].message).toBe(
      `${reuters.name} reports 3 figures for the first time, in one article: ${figs.map((f) => f.title).join("; ")}.`,
    );
    expect(alerts[0].observationIds).toHaveLength(3);
    expect(await revisionsOf(alerts[0].id)).toEqual([
      ["open", "monitoring"],
      ["update", "monitoring"],
      ["update", "monitoring"],
    ]);

    // the involved reports read as value, outlet and quote
    const reports = await getAlertReports({ db, observationIds: alerts[0].observationIds });
    expect(
      Object.values(reports)
        .map((r) => `${r.display} · ${r.outlet}`)
        .sort(),
    ).toEqual(["11 people", "12 people", "13 people"].map((d) => `${d} · ${reuters.name}`));
  });
});

describe("quiet period", () => {
  it("a second decrease within the rule's quiet period joins the first alert; with no quiet period it is its own", async () => {
    const fig = await makeFigure();
    const [a, b] = [await makeOutlet(), await makeOutlet()];
    await logExact(fig.slug, a.id, "43", "2025-10-20");
    await logExact(fig.slug, b.id, "50", "2025-10-20");
    await logExact(fig.slug, a.id, "37", "2025-10-21");
    await logExact(fig.slug, b.id, "45", "2025-10-21");
    const found = await listAlerts({ db, query: { figure: fig.slug, rule: "decrease" } });
    expect(found).toHaveLength(1);
    expect(found[0].details.also).toEqual([
      expect.objectContaining({ message: expect.stringContaining("lower than its own previous 50") }),
    ]);
    expect(found[0].observationIds).toHaveLength(4);
    // A Spanish desk reads the "Also:" line in Spanish, written from the finding's own details.
    const [also] = found[0].details.also as { message: string; details: Record<string, unknown> }[];
    expect(describeAlert({ rule: "decrease", ...also }, { unit: fig.unit, locale: "es" })).toMatch(
      /^.+ reportó 45 .*menos que su propio reporte anterior de 50 .*\(20 oct 2025\)\.$/,
    );

    const other = await makeFigure();
    await updateMonitoringSettings({
      db,
      actor: EDITOR,
      input: {
        slug: other.slug,
        isActive: true,
        version: 0,
        settings: { ...DEFAULT_SETTINGS, quiet: { ...DEFAULT_SETTINGS.quiet, decrease: 0 } },
      },
    });
    await logExact(other.slug, a.id, "43", "2025-10-20");
    await logExact(other.slug, b.id, "50", "2025-10-20");
    await logExact(other.slug, a.id, "37", "2025-10-21");
    await logExact(other.slug, b.id, "45", "2025-10-21");
    expect(await listAlerts({ db, query: { figure: other.slug, rule: "decrease" } })).toHaveLength(2);
  });
});

describe("bulk acknowledge and resolve", () => {
  it("resolves every ticked alert with one note and a revision each; one stale version changes none", async () => {
    const figs = [await makeFigure(), await makeFigure()];
    const outlet = await makeOutlet();
    for (const f of figs) {
      await logExact(f.slug, outlet.id, "43", "2025-10-20");
      await logExact(f.slug, outlet.id, "30", "2025-10-25");
    }
    const alerts = (await Promise.all(figs.map((f) => listAlerts({ db, query: { figure: f.slug } })))).flat();
    expect(alerts).toHaveLength(2);
    const ticked = alerts.map((a) => `${a.id}:${a.version}`);

    await expect(
      updateAlertsStatus({
        db,
        actor: EDITOR,
        input: { alerts: [ticked[0], `${alerts[1].id}:9`], action: "resolve", note: "Checked" },
      }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect((await listAlerts({ db, query: { figure: figs[0].slug } })).map((a) => a.status)).toEqual(["open"]);

    await expect(
      updateAlertsStatus({ db, actor: EDITOR, input: { alerts: [], action: "resolve", note: "x" } }),
    ).rejects.toMatchObject({
      fields: { alerts: ["Tick at least one alert."] },
    });
    const done = await updateAlertsStatus({
      db,
      actor: EDITOR,
      input: { alerts: ticked, action: "resolve", note: "Both corrected by the outlet" },
    });
    expect(done.map((a) => [a.status, a.resolvedBy, a.resolveNote])).toEqual([
      ["resolved", "Ana", "Both corrected by the outlet"],
      ["resolved", "Ana", "Both corrected by the outlet"],
    ]);
    for (const a of alerts)
      expect(await revisionsOf(a.id)).toEqual([
        ["open", "monitoring"],
        ["resolve", "Ana"],
      ]);
  });
});
