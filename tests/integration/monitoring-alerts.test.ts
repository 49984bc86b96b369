// Rules run after a committed write; alerts are deduplicated, revised and acknowledged/resolved
// with optimistic concurrency; staleness runs from the pg-boss schedule with a movable clock.
import { afterAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { checkStaleFigures } from "@/lib/monitoring/check-stale-figures";
import { WRITE_RULES } from "@/lib/monitoring/after-observation-write";
import { evaluateFigure } from "@/lib/monitoring/evaluate-figure";
import { getAlertSummary } from "@/lib/monitoring/get-alert-summary";
import { QUEUES } from "@/lib/monitoring/job-queue";
import { listAlerts } from "@/lib/monitoring/list-alerts";
import { STALE_CRON, startMonitoringWorker } from "@/lib/monitoring/start-monitoring-worker";
import { updateAlertStatus } from "@/lib/monitoring/update-alert-status";
import { makeFigure, makeOutlet, TEST_ACTOR } from "../factories";
import type PgBoss from "pg-boss";
import { logExact, logValue } from "../factories/log-value";

const db = getDb();
const EDITOR = { ...TEST_ACTOR, name: "Ana" };

describe("rules after a write", () => {
  it("a decreasing value raises one decrease alert with the numbers compared and a revision", async () => {
    const fig = await makeFigure();
    const outlet = await makeOutlet();
    const first = await logExact(fig.slug, outlet.id, "43", "2025-10-20");
    const second = await logExact(fig.slug, outlet.id, "37", "2025-10-25");

    const alerts = await listAlerts({ db, query: { figure: fig.slug } });
    expect(alerts.map((a) => a.rule)).toEqual(["decrease"]);
    expect(alerts[0]).toMatchObject({
      status: "open",
      observationIds: [first.id, second.id],
      details: { compared: "own_previous", value: "37", previous: "43" },
    });
    expect(alerts[0].message).toContain("lower than its own previous 43");

    const revisions = await db.revision.findMany({ where: { entityType: "alert", entityId: alerts[0].id } });
    expect(revisions.map((r) => [r.action, r.actor])).toEqual([["open", "monitoring"]]);

    // Running the rules again finds the same condition and opens nothing new.
    const again = await evaluateFigure({ db, figureId: fig.id, rules: WRITE_RULES });
    expect(again.alertIds).toEqual([]);
    expect(await listAlerts({ db, query: { figure: fig.slug, status: "all" } })).toHaveLength(1);
  });

  it("17 vs 43 for the same period raises a disagreement; at least 37 vs 43 does not", async () => {
    const fig = await makeFigure({ kind: "level" });
    const [a, b, c] = [await makeOutlet(), await makeOutlet(), await makeOutlet()];
    const period = { refersEnd: "2025-10-24", refersPrecision: "day" };
    await logExact(fig.slug, a.id, "43", "2025-10-25", period);
    await logValue(fig.slug, b.id, {
      qualifier: "at_least",
      value: "37",
      reportedOn: "2025-10-25",
      ...period,
    });
    expect(await listAlerts({ db, query: { figure: fig.slug, rule: "disagreement" } })).toEqual([]);
    await logExact(fig.slug, c.id, "17", "2025-10-25", period);
    // 17 contradicts both 43 and "at least 37": two pairs, found together — one alert (the rule's
    // quiet period for the figure), the second pair listed in it
    const found = await listAlerts({ db, query: { figure: fig.slug, rule: "disagreement" } });
    const x = (m: string) => m.replace(/Outlet-\w+/g, "X");
    expect(
      found.map((f) => [x(f.message), (f.details.also as { message: string }[]).map((a) => x(a.message))]),
    ).toEqual([
      [
        "X (43 people) and X (17 people) disagree for the same period (through Oct 24, 2025).",
        ["X (at least 37 people) and X (17 people) disagree for the same period (through Oct 24, 2025)."],
      ],
    ]);
    // the second outlet's first report also raised a new-outlet alert
    expect((await listAlerts({ db, query: { figure: fig.slug, rule: "new_outlet" } })).length).toBe(2);
  });
});

describe("acknowledging and resolving", () => {
  it("moves open → acknowledged → resolved with notes, revisions and version checks", async () => {
    const fig = await makeFigure();
    const outlet = await makeOutlet();
    await logExact(fig.slug, outlet.id, "43", "2025-10-20");
    await logExact(fig.slug, outlet.id, "30", "2025-10-25");
    const [alert] = await listAlerts({ db, query: { figure: fig.slug } });
    expect((await getAlertSummary({ db, figureId: fig.id })).open).toBe(1);

    const acked = await updateAlertStatus({
      db,
      actor: EDITOR,
      input: { alertId: alert.id, action: "acknowledge", note: "Asking the outlet", version: alert.version },
    });
    expect(acked).toMatchObject({
      status: "acknowledged",
      acknowledgedBy: "Ana",
      acknowledgeNote: "Asking the outlet",
      version: 2,
    });
    expect(await getAlertSummary({ db, figureId: fig.id })).toMatchObject({ open: 0, acknowledged: 1 });

    // a stale version is refused, not overwritten
    await expect(
      updateAlertStatus({ db, actor: EDITOR, input: { alertId: alert.id, action: "resolve", note: "x", version: 1 } }),
    ).rejects.toMatchObject({ code: "conflict" });
    await expect(
      updateAlertStatus({ db, actor: EDITOR, input: { alertId: alert.id, action: "resolve", note: " ", version: 2 } }),
    ).rejects.toMatchObject({
      code: "validation_failed",
      fields: { note: ["Say what you checked or did."] },
    });

    await updateAlertStatus({
      db,
      actor: EDITOR,
      input: { alertId: alert.id, action: "resolve", note: "Typo at the outlet, corrected", version: 2 },
    });
    expect(await listAlerts({ db, query: { figure: fig.slug } })).toEqual([]);
    const searched = await listAlerts({ db, query: { status: "resolved", q: "typo at the OUTLET" } });
    expect(searched.map((a) => a.id)).toEqual([alert.id]);
    const revisions = await db.revision.findMany({
      where: { entityType: "alert", entityId: alert.id },
      orderBy: { id: "asc" },
    });
    expect(revisions.map((r) => [r.action, r.actor, r.reason])).toEqual([
      ["open", "monitoring", null],
      ["acknowledge", "Ana", "Asking the outlet"],
      ["resolve", "Ana", "Typo at the outlet, corrected"],
    ]);
  });
});

describe("staleness on a schedule", () => {
  let boss: PgBoss | undefined;
  afterAll(async () => {
    await boss?.stop({ graceful: false, wait: true });
  });

  it("the schedule's job opens a stale alert once the injected clock passes the limit", async () => {
    const fig = await makeFigure({ kind: "cumulative" });
    const inactive = await makeFigure({ kind: "cumulative" });
    await db.figure.update({ where: { id: inactive.id }, data: { isActive: false } });
    const outlet = await makeOutlet();
    await logExact(fig.slug, outlet.id, "43", "2025-10-25");
    await logExact(inactive.slug, outlet.id, "43", "2025-10-25");

    let now = new Date("2025-10-30T00:00:00Z"); // 5 days: not yet (limit 7 for cumulative)
    boss = await startMonitoringWorker({
      db,
      databaseUrl: process.env.DATABASE_URL!,
      clock: () => now,
      pollingIntervalSeconds: 0.5,
      schema: `pgboss_stale_${process.pid}`,
    });
    const schedules = await boss.getSchedules();
    expect(schedules.find((s) => s.name === QUEUES.stale)?.cron).toBe(STALE_CRON);

    const tick = async () => {
      // the job the schedule sends, limited to this test's figures (other files share the database)
      const id = await boss!.send(QUEUES.stale, { figureIds: [fig.id, inactive.id] });
      await expect
        .poll(async () => (await boss!.getJobById(QUEUES.stale, id!))?.state, { timeout: 15_000 })
        .toBe("completed");
    };
    await tick();
    expect(await listAlerts({ db, query: { figure: fig.slug, rule: "stale" } })).toEqual([]);

    now = new Date("2025-11-02T00:00:00Z"); // 8 days
    await tick();
    const stale = await listAlerts({ db, query: { figure: fig.slug, rule: "stale" } });
    expect(stale).toHaveLength(1);
    expect(stale[0].details).toMatchObject({ lastReportedOn: "2025-10-25", ageDays: 8, limitDays: 7 });
    expect(await listAlerts({ db, query: { figure: inactive.slug, rule: "stale" } })).toEqual([]);

    await tick(); // still stale, same last report: no second alert
    expect(await checkStaleFigures({ db, clock: () => now, figureIds: [fig.id] })).toEqual([]);
    expect(await listAlerts({ db, query: { figure: fig.slug, rule: "stale", status: "all" } })).toHaveLength(1);
  });
});

describe("per-figure settings", () => {
  it("an editor turns a rule off (no alert then), with a revision; bad thresholds come back per field", async () => {
    const { updateMonitoringSettings } = await import("@/lib/monitoring/update-monitoring-settings");
    const { formToSettings } = await import("@/lib/monitoring/form-to-settings");
    const fig = await makeFigure();
    const form = new FormData();
    for (const [k, v] of Object.entries({
      "disagreement.enabled": "on",
      "disagreement.aboutPercent": "10",
      "stale.enabled": "on",
      "stale.days": "3",
      "outlier.enabled": "on",
      "outlier.k": "5",
      "outlier.window": "20",
      "outlier.minPoints": "5",
      version: "0",
      isActive: "on",
    }))
      form.set(k, v);
    const saved = await updateMonitoringSettings({
      db,
      actor: EDITOR,
      input: { slug: fig.slug, ...formToSettings(form) },
    });
    expect(saved.settings).toMatchObject({
      decrease: { enabled: false },
      new_outlet: { enabled: false },
      stale: { enabled: true, days: 3 },
    });
    expect(saved.version).toBe(1);

    const outlet = await makeOutlet();
    await logExact(fig.slug, outlet.id, "43", "2025-10-20");
    await logExact(fig.slug, outlet.id, "30", "2025-10-25");
    expect(await listAlerts({ db, query: { figure: fig.slug, status: "all" } })).toEqual([]);

    form.set("outlier.k", "-1");
    form.set("version", "1");
    await expect(
      updateMonitoringSettings({ db, actor: EDITOR, input: { slug: fig.slug, ...formToSettings(form) } }),
    ).rejects.toMatchObject({
      code: "validation_failed",
      fields: { "settings.outlier.k": ["Too small: expected number to be >0"] },
    });
    form.set("outlier.k", "4");
    form.set("version", "0"); // someone saved meanwhile
    await expect(
      updateMonitoringSettings({ db, actor: EDITOR, input: { slug: fig.slug, ...formToSettings(form) } }),
    ).rejects.toMatchObject({ code: "conflict" });
    const revisions = await db.revision.findMany({ where: { entityType: "monitoring_config", entityId: fig.id } });
    expect(revisions.map((r) => [r.action, r.actor])).toEqual([["create", "Ana"]]);
  });
});

describe("daily digest", () => {
  it("lists a topic's values and alerts from the last 24 hours only", async () => {
    const { getDigest } = await import("@/lib/monitoring/get-digest");
    const topic = `digest-${Date.now()}`;
    const fig = await makeFigure({ topics: [topic] });
    const other = await makeFigure({ topics: ["elsewhere"] });
    const outlet = await makeOutlet();
    await logExact(fig.slug, outlet.id, "43", "2025-10-20");
    await logExact(fig.slug, outlet.id, "30", "2025-10-25");
    await logExact(other.slug, outlet.id, "1", "2025-10-25");

    const today = await getDigest({ db, query: { topic } });
    expect(
      today.figures.map((f) => [f.slug, f.observations.map((o) => o.display), f.alerts.map((a) => a.rule)]),
    ).toEqual([[fig.slug, ["30 people", "43 people"], ["decrease"]]]);
    const tomorrow = await getDigest({ db, query: { topic }, clock: () => new Date(Date.now() + 25 * 3_600_000) });
    expect(tomorrow.figures).toEqual([]);
  });
});
