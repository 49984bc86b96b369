import "server-only";
// The one entry point that runs the rules for a figure and opens what they find. Every write
// path calls it after its transaction commits (through afterObservationWrite); the staleness
// schedule calls it with rules: ["stale"]. Idempotent: running it twice opens nothing twice.
// Every run also resolves a stale alert whose silence has ended (resolve-stale-alerts.ts).
import { getDb, type Db } from "../db/client";
import { systemClock, type Clock } from "./clock";
import { enqueueDeliveries, getRunningQueue } from "./job-queue";
import { loadRuleInput } from "./load-rule-input";
import { openAlerts, type OpenedAlerts } from "./open-alerts";
import { resolveStaleAlerts } from "./resolve-stale-alerts";
import { runRules } from "./run-rules";
import type { AlertRule } from "./types";
import type PgBoss from "pg-boss";

export async function evaluateFigure(opts: {
  db?: Db;
  figureId: string;
  /** the observations just written; rules about "a new report" look only at these (default: each outlet's latest) */
  observationIds?: string[];
  rules?: readonly AlertRule[];
  clock?: Clock;
  /** where to send webhook jobs; default the server's running queue (none: the sweep sends them) */
  queue?: PgBoss;
}): Promise<OpenedAlerts> {
  const db = opts.db ?? getDb();
  const now = (opts.clock ?? systemClock)();
  const opened = await db.$transaction(async (tx) => {
    const data = await loadRuleInput({ db: tx, figureId: opts.figureId });
    if (!data) return { alertIds: [], deliveryIds: [], updatedIds: [], quieted: 0 };
    const input = { ...data, subjectIds: opts.observationIds ?? null, now };
    const findings = runRules(input, opts.rules);
    const result = await openAlerts({
      tx,
      figure: data.figure,
      findings,
      now,
      observations: data.observations,
      settings: data.settings,
    });
    await resolveStaleAlerts({ tx, input });
    return result;
  });
  const boss = opts.queue ?? getRunningQueue();
  if (boss && opened.deliveryIds.length) await enqueueDeliveries({ boss, deliveryIds: opened.deliveryIds });
  return opened;
}
