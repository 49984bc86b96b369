// Every write of an observation goes through writeObservations (lib/observations), which sends
// the live notice with the commit and runs monitoring after it. Here: an import raises the same
// alerts as the same values logged by hand; an outlet merge re-runs the rules; and no file in
// lib writes observation rows outside that one door.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { commitImport } from "@/lib/imports/commit-import";
import { parseImportCsv } from "@/lib/imports/parse-import-csv";
import { listAlerts } from "@/lib/monitoring/list-alerts";
import { logObservation } from "@/lib/observations/log-observation";
import { mergeOutlets } from "@/lib/outlets/merge-outlets";
import { makeFigure, makeOutlet, observationInput, TEST_ACTOR, uniq } from "../factories";
import { logExact } from "../factories/log-value";

const HEAD =
  "figure_slug,figure_title,unit,qualifier,value,low,high,reported_on,outlet,outlet_kind,cited_sources,quote\r\n";

type Outlet = { id: string; name: string };
type Value = { outlet: "ap" | "gazette" | "herald"; value: string; reportedOn: string };

/** What a desk sees of a figure's alerts, without the names and ids that differ between two figures. */
async function alertsOf(slug: string, values: { id: string }[], outlets: Record<string, Outlet>) {
  const position = new Map(values.map((v, i) => [v.id, i]));
  const alerts = await listAlerts({ query: { figure: slug, status: "all" } });
  return (
    alerts
      // A pair's order follows the rules' reading order, which is not the point here.
      .map((a) => ({
        rule: a.rule,
        message: anonymous(a.message, outlets),
        values: a.observationIds.map((id) => position.get(id)).sort(),
      }))
      .sort((a, b) => `${a.rule}${a.message}`.localeCompare(`${b.rule}${b.message}`))
  );
}

const anonymous = (message: string, outlets: Record<string, Outlet>) =>
  Object.entries(outlets).reduce((m, [key, o]) => m.replaceAll(o.name, key), message);

const outletsFor = async (): Promise<Record<Value["outlet"], Outlet>> => ({
  ap: await makeOutlet(uniq("AP")),
  gazette: await makeOutlet(uniq("Gazette")),
  herald: await makeOutlet(uniq("Herald")),
});

describe("one post-commit path for every observation write", () => {
  it("an import raises the same alerts as the same values logged by hand", async () => {
    // Each figure has outlets of its own, so one figure's alerts cannot be grouped with the other's.
    const values: Value[] = [
      { outlet: "ap", value: "43", reportedOn: "2025-10-20" },
      { outlet: "gazette", value: "45", reportedOn: "2025-10-21" },
      { outlet: "ap", value: "37", reportedOn: "2025-10-25" }, // lower than its own 43: a decrease
      { outlet: "herald", value: "17", reportedOn: "2025-10-25" }, // new outlet, far from 37 on the same day
    ];
    const [handOutlets, fileOutlets] = [await outletsFor(), await outletsFor()];

    const byHand = await makeFigure({ kind: "cumulative" });
    const logged = [];
    for (const v of values) {
      const input = observationInput(byHand.slug, handOutlets[v.outlet].id, {
        qualifier: "exact",
        value: v.value,
        reportedOn: v.reportedOn,
        quote: `${v.value} people`,
        citedSources: ["AFP tallies"], // as the file's rows say
      });
      logged.push(await logObservation({ actor: TEST_ACTOR, input }));
    }

    const imported = await makeFigure({ kind: "cumulative" });
    const rows = values.map(
      (v) =>
        `${imported.slug},,,exact,${v.value},,,${v.reportedOn},${fileOutlets[v.outlet].name},,AFP tallies,${v.value} people\r\n`,
    );
    const result = await commitImport({
      actor: TEST_ACTOR,
      csv: await parseImportCsv(new TextEncoder().encode(HEAD + rows.join(""))),
    });
    expect(result.created).toBe(4);
    const stored = await listAlertsIds(imported.slug, values, fileOutlets);

    const expected = await alertsOf(byHand.slug, logged, handOutlets);
    expect(expected.map((a) => a.rule)).toEqual(expect.arrayContaining(["decrease", "new_outlet"]));
    const got = await alertsOf(imported.slug, stored, fileOutlets);
    // The one-source alert opens as soon as two outlets repeat one origin, so by hand its message
    // counts the outlets of that moment, and the import's (one evaluation) all of them.
    const bySingleSource = (alerts: typeof got) =>
      alerts.filter((a) => a.rule === "single_source").map((a) => a.message);
    const others = (alerts: typeof got) => alerts.filter((a) => a.rule !== "single_source");
    expect(others(got)).toEqual(others(expected));
    expect(bySingleSource(expected)).toEqual([expect.stringContaining("all go back to AFP")]);
    expect(bySingleSource(got)).toEqual([expect.stringContaining("all go back to AFP")]);
  });

  it("an outlet merge runs the rules: the survivor's earlier 43 makes the duplicate's 37 a decrease", async () => {
    const figure = await makeFigure({ kind: "cumulative" });
    const [survivor, duplicate] = [await makeOutlet(uniq("Associated Press")), await makeOutlet(uniq("AP"))];
    const log = (outletId: string, value: string, reportedOn: string) =>
      logExact(figure.slug, outletId, value, reportedOn);
    await log(survivor.id, "43", "2025-10-20");
    await log(duplicate.id, "37", "2025-10-25");
    expect(await listAlerts({ query: { figure: figure.slug, rule: "decrease" } })).toEqual([]);

    await mergeOutlets({
      actor: TEST_ACTOR,
      input: { duplicateId: duplicate.id, survivorId: survivor.id, reason: "AP is the Associated Press" },
    });
    const decreases = await listAlerts({ query: { figure: figure.slug, rule: "decrease" } });
    expect(decreases).toHaveLength(1);
    expect(decreases[0]!.message).toContain(survivor.name);
    expect(decreases[0]!.message).toMatch(/lower than its own previous 43\b/);
  });

  it("no file in lib writes observation rows except through writeObservations", () => {
    const root = path.resolve(import.meta.dirname, "../../lib");
    const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter(
      (f) => f.endsWith(".ts") && !f.startsWith("db/"),
    );
    const writers = files.filter((f) =>
      /\bobservation\.(create|createMany|update|updateMany|upsert|delete|deleteMany)\(|INSERT INTO observation\b|UPDATE observation\b/.test(
        readFileSync(path.join(root, f), "utf8"),
      ),
    );
    // Two helpers only run inside a writeObservations work (their callers are checked next);
    // the others are verbs that open writeObservations themselves.
    const helpers = ["observations/insert-observation.ts", "observations/save-observation-change.ts"];
    for (const f of writers.filter((w) => !helpers.includes(w))) {
      expect(readFileSync(path.join(root, f), "utf8"), f).toContain("writeObservations({");
    }
    const callers = files.filter((f) =>
      /\b(insertObservation|saveObservationChange)\(/.test(readFileSync(path.join(root, f), "utf8")),
    );
    for (const f of callers.filter((c) => !helpers.includes(c))) {
      expect(readFileSync(path.join(root, f), "utf8"), f).toContain("writeObservations({");
    }
    expect(writers.length + callers.length).toBeGreaterThan(4);
  });
});

/** The imported rows in the order of `values` (each row's value and report date are unique). */
async function listAlertsIds(slug: string, values: Value[], outlets: Record<string, Outlet>) {
  const { getFigure } = await import("@/lib/figures/get-figure");
  const { observations } = await getFigure({ slug });
  return values.map((v) =>
    observations.find(
      (o) => o.value === v.value && o.reportedOn === v.reportedOn && o.outlet.id === outlets[v.outlet]!.id,
    )!,
  );
}
