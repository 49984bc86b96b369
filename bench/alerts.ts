// npm run bench:alerts — how many alerts a realistic week of reporting raises, per rule, with the
// original rule defaults and with today's (tuned) defaults. Not a test: it prints a table.
//
// The week (seeded, so every run is the same): 20 figures (8 cumulative tolls, 5 levels, 4
// monthly flows, 3 yearly changes) and 15 outlets. A month of history first (written without
// running the rules, as an existing desk would have), then 7 days of articles — each day ~40
// values; some articles carry two to four figures; outlets lag a day or two and round down to
// "at least"; a few outlets pick up a figure for the first time; two typos (×10), two
// corrections downwards, one outlet counting differently on one figure, one backfilled old
// report, three figures nobody covers any more. Every article goes through the same path a
// logged value does (insert + revision, then evaluateFigure with the write rules at the
// article's simulated time), and the staleness schedule runs at the end of each day.
//
// Each run gets its own database: on DATABASE_URL's (or BENCH_DATABASE_URL's) server when one is
// set, else on a throwaway embedded PostgreSQL. "--defaults=original" or "--defaults=tuned" runs
// one side only; --list prints every alert. Before = what the original code opened: one alert per distinct finding (every
// finding's dedupe key, which the new code records in details.keys even when it folds it into an
// existing alert).
import { createDb, type Db } from "../lib/db/client";
import { startThrowawayPostgres } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { createTemporaryDatabase } from "../lib/db/temporary-database";
import { createFigure } from "../lib/figures/create-figure";
import { WRITE_RULES } from "../lib/monitoring/after-observation-write";
import { checkStaleFigures } from "../lib/monitoring/check-stale-figures";
import { DEFAULT_SETTINGS, ORIGINAL_DEFAULT_SETTINGS, type MonitoringSettings } from "../lib/monitoring/config";
import { evaluateFigure } from "../lib/monitoring/evaluate-figure";
import { ALERT_RULES, RULE_LABELS, type AlertRule } from "../lib/monitoring/types";
import { insertObservation } from "../lib/observations/insert-observation";
import { ZLogObservation } from "../lib/observations/schemas";
import { createOutlet } from "../lib/outlets/create-outlet";
import { seededRandom } from "../tests/factories/seeded-random";

const ACTOR = { id: null, name: "bench", role: "editor" as const };
const WEEK_START = Date.UTC(2025, 9, 20); // Mon 2025-10-20
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const OUTLETS = [
  "Reuters",
  "AP",
  "AFP",
  "BBC",
  "Al Jazeera",
  "El País",
  "The Guardian",
  "The New York Times",
  "The Washington Post",
  "CNN",
  "Bloomberg",
  "DW",
  "France 24",
  "El Tiempo",
  "Semana",
];
type Kind = "cumulative" | "level" | "flow" | "change";
type Fig = { slug: string; id: string; kind: Kind; base: number; growth: number; regulars: number[]; isQuiet: boolean };
type Report = {
  fig: Fig;
  outlet: number;
  value: number;
  qualifier: "exact" | "at_least";
  day: number;
  lagDays: number;
};

function kindOf(i: number): Kind {
  return i < 8 ? "cumulative" : i < 13 ? "level" : i < 17 ? "flow" : "change";
}

/** The value an outlet reports: the truth some days ago, with the outlet's steady bias. */
function truth(f: Fig, day: number): number {
  if (f.kind === "cumulative") return f.base * (1 + f.growth * day);
  if (f.kind === "change") return f.base;
  return f.base * (1 + 0.01 * Math.sin(day));
}

function periodOf(f: Fig, reportedOn: number, lagDays: number) {
  if (f.kind === "flow") return { refersStart: "2025-10-01", refersEnd: "2025-10-31", refersPrecision: "month" };
  if (f.kind === "change") return { refersStart: "2025-01-01", refersEnd: "2025-12-31", refersPrecision: "year" };
  return { refersEnd: iso(reportedOn - lagDays * DAY), refersPrecision: "day" };
}

function round(f: Fig, v: number): string {
  if (f.kind === "change") return v.toFixed(1);
  return String(Math.max(1, Math.round(v)));
}

async function write(db: Db, reports: Report[], outletIds: string[], at: number, url: string, isHistory: boolean) {
  const saved = await db.$transaction(async (tx) => {
    const out: { figureId: string; id: string }[] = [];
    for (const r of reports) {
      const reportedOn = WEEK_START + r.day * DAY;
      const value = round(r.fig, r.value);
      const input = ZLogObservation.parse({
        figureSlug: r.fig.slug,
        outletId: outletIds[r.outlet],
        qualifier: r.qualifier,
        value,
        reportedOn: iso(reportedOn),
        ...periodOf(r.fig, reportedOn, r.lagDays),
        citedSources: ["Officials"],
        url,
        quote: `${r.qualifier === "at_least" ? "At least " : ""}${value}, officials said.`,
      });
      const dto = await insertObservation({ tx, actor: ACTOR, input });
      out.push({ figureId: r.fig.id, id: dto.id });
    }
    return out;
  });
  if (isHistory) return;
  for (const figureId of new Set(saved.map((s) => s.figureId))) {
    const ids = saved.filter((s) => s.figureId === figureId).map((s) => s.id);
    await evaluateFigure({ db, figureId, observationIds: ids, rules: WRITE_RULES, clock: () => new Date(at) });
  }
}

async function runWeek(db: Db, settings: MonitoringSettings) {
  const rand = seededRandom(20251020); // the same week on every run
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const outletIds: string[] = [];
  for (const name of OUTLETS)
    outletIds.push(
      (await db.$transaction((tx) => createOutlet({ tx, actor: ACTOR, input: { name, kind: "newspaper" } }))).id,
    );
  const bias = OUTLETS.map(() => 1 + (rand() - 0.5) * 0.06); // ±3 %, steady per outlet
  const figs: Fig[] = [];
  for (let i = 0; i < 20; i++) {
    const kind = kindOf(i);
    const slug = `bench-alerts-${i + 1}`;
    const f = await db.$transaction((tx) =>
      createFigure({
        tx,
        actor: ACTOR,
        input: { slug, title: `Figure ${i + 1} (${kind})`, unit: kind === "change" ? "percent" : "people", kind },
      }),
    );
    await db.monitoringConfig.create({ data: { figureId: f.id, settings: settings as object, updatedBy: "bench" } });
    const regulars = [...OUTLETS.keys()].sort(() => rand() - 0.5).slice(0, 3 + Math.floor(rand() * 3));
    const base = kind === "change" ? 1 + rand() * 5 : kind === "level" ? 1000 + rand() * 50_000 : 40 + rand() * 3000;
    figs.push({
      slug,
      id: f.id,
      kind,
      base,
      growth: 0.005 + rand() * 0.02,
      regulars,
      isQuiet: i === 7 || i === 11 || i === 12,
    });
  }
  const valueOf = (f: Fig, outlet: number, day: number, lag: number) =>
    truth(f, day - lag) * (f.kind === "change" ? 1 : bias[outlet]);

  // A month of history, every five days, from each regular outlet (quiet figures: long ago).
  for (const f of figs) {
    for (let d = -30; d < 0; d += 5) {
      const day = f.isQuiet ? d - 150 : d;
      const reports = f.regulars.map((o) => ({
        fig: f,
        outlet: o,
        value: valueOf(f, o, day, 0),
        qualifier: "exact" as const,
        day,
        lagDays: 0,
      }));
      await write(db, reports, outletIds, WEEK_START + day * DAY, `https://example.com/history/${f.slug}/${d}`, true);
    }
  }

  let values = 0;
  for (let day = 0; day < 7; day++) {
    // ~40 values a day, in articles of one to four figures
    const active = figs.filter((f) => !f.isQuiet);
    let n = 0;
    let article = 0;
    while (n < 40) {
      const outlet = Math.floor(rand() * OUTLETS.length);
      const size = rand() < 0.7 ? 1 : 2 + Math.floor(rand() * 3);
      const covered = [...active]
        .sort(() => rand() - 0.5)
        .filter((f) => f.regulars.includes(outlet) || rand() < 0.015)
        .slice(0, size);
      if (covered.length === 0) continue;
      const reports: Report[] = covered.map((f) => {
        const lag = f.kind === "cumulative" || f.kind === "level" ? Math.floor(rand() * 3) : 0;
        const isAtLeast = f.kind === "cumulative" && rand() < 0.3;
        const raw = valueOf(f, outlet, day, lag);
        return {
          fig: f,
          outlet,
          value: isAtLeast ? Math.floor(raw / 10) * 10 : raw,
          qualifier: isAtLeast ? "at_least" : "exact",
          day,
          lagDays: lag,
        };
      });
      // the week's real stories: typos, corrections downwards, a different count
      if (day === 2 && article === 3) reports[0].value *= 10;
      if (day === 5 && article === 7) reports[0].value *= 10;
      if ((day === 3 || day === 6) && article === 1 && reports[0].fig.kind === "cumulative") reports[0].value *= 0.8;
      for (const r of reports) if (r.fig === figs[9] && r.outlet === figs[9].regulars[0]) r.value *= 0.6;
      for (const r of reports) if (!r.fig.regulars.includes(r.outlet)) r.fig.regulars.push(r.outlet);
      const at = WEEK_START + day * DAY + (8 + article * 0.25) * 3_600_000;
      await write(
        db,
        reports,
        outletIds,
        at,
        `https://example.com/${OUTLETS[outlet].toLowerCase().replace(/\W+/g, "-")}/${day}-${article}`,
        false,
      );
      n += reports.length;
      values += reports.length;
      article++;
    }
    if (day === 4) {
      // a backfilled report from long ago for a quiet figure: it is still stale
      const f = figs[11];
      await write(
        db,
        [{ fig: f, outlet: pick(f.regulars), value: f.base, qualifier: "exact", day: -140, lagDays: 0 }],
        outletIds,
        WEEK_START + day * DAY + 15 * 3_600_000,
        "https://example.com/archive",
        false,
      );
      values++;
    }
    await checkStaleFigures({
      db,
      clock: () => new Date(WEEK_START + (day + 1) * DAY - 1),
      figureIds: figs.map((f) => f.id),
    });
  }

  const alerts = await db.alert.findMany({
    select: { rule: true, status: true, details: true, message: true, figure: { select: { slug: true } } },
  });
  if (process.argv.includes("--list"))
    for (const a of alerts) console.log(`  ${a.rule} ${a.figure.slug}: ${a.message}`);
  const count = (rule: AlertRule) => {
    const mine = alerts.filter((a) => a.rule === rule);
    const keys = mine.reduce((s, a) => s + (((a.details as { keys?: string[] }).keys ?? []).length || 1), 0);
    return { found: keys, opened: mine.length, open: mine.filter((a) => a.status !== "resolved").length };
  };
  return {
    values,
    byRule: Object.fromEntries(ALERT_RULES.map((r) => [r, count(r)])) as Record<AlertRule, ReturnType<typeof count>>,
  };
}

async function withDatabase<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const server = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL;
  const embedded = server ? null : await startThrowawayPostgres({ prefix: "tally-bench-alerts" });
  const tmp = await createTemporaryDatabase({ serverUrl: server ?? embedded!.url, prefix: "tally_bench_alerts" });
  const db = createDb(tmp.url);
  try {
    await migrate({ databaseUrl: tmp.url });
    return await fn(db);
  } finally {
    await db.$disconnect();
    await tmp.drop();
    await embedded?.stop();
  }
}

async function main() {
  const only = process.argv.find((a) => a.startsWith("--defaults="))?.split("=")[1];
  const t = Date.now();
  const before = only === "tuned" ? null : await withDatabase((db) => runWeek(db, ORIGINAL_DEFAULT_SETTINGS));
  const after = only === "original" ? null : await withDatabase((db) => runWeek(db, DEFAULT_SETTINGS));
  const values = (before ?? after)!.values;
  console.log(
    `\nAlert noise on a synthetic week: ${values} values, 20 figures, 15 outlets (${((Date.now() - t) / 1000).toFixed(0)} s)\n`,
  );
  const rows: string[][] = [
    ["rule", "before: alerts (original code + defaults)", "after: alerts (tuned)", "after: open at week's end"],
  ];
  let sums = [0, 0, 0];
  for (const r of ALERT_RULES) {
    const b = before?.byRule[r].found;
    const a = after?.byRule[r];
    sums = [sums[0] + (b ?? 0), sums[1] + (a?.opened ?? 0), sums[2] + (a?.open ?? 0)];
    rows.push([RULE_LABELS[r], String(b ?? "–"), String(a?.opened ?? "–"), String(a?.open ?? "–")]);
  }
  rows.push(["all rules", ...sums.map(String)]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row: string[]) =>
    `| ${row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
  console.log(line(rows[0]));
  console.log(`| ${widths.map((w, i) => (i === 0 ? "-".repeat(w) : `${"-".repeat(w - 1)}:`)).join(" | ")} |`);
  for (const row of rows.slice(1)) console.log(line(row));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
