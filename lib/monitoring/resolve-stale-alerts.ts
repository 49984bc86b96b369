import "server-only";
// A "no new report" alert ends when the silence does: whenever a figure is evaluated and the
// staleness rule no longer finds anything (a new report arrived, the figure stopped being
// followed), its unresolved stale alerts are resolved by the monitor, each with a revision.
import type { DbOrTx } from "../db/client";
import { byReportOrder } from "../values/report-order";
import { MONITOR_ACTOR } from "./monitor-actor";
import { reviseAlert } from "./revise-alert";
import type { RuleInput } from "./rules/rule-input";
import { staleRule } from "./rules/stale";

export async function resolveStaleAlerts(opts: { tx: DbOrTx; input: RuleInput }): Promise<string[]> {
  const { tx, input } = opts;
  if (staleRule({ ...input, subjectIds: null }).length > 0) return [];
  const open = await tx.alert.findMany({
    where: { figureId: input.figure.id, rule: "stale", status: { not: "resolved" } },
    select: { id: true },
  });
  if (open.length === 0) return [];
  const last = [...input.observations].sort(byReportOrder).at(-1);
  const note = input.figure.isArchived
    ? "No longer stale: the story was archived."
    : last
      ? `No longer stale: a new report arrived (${last.outletName}, ${last.reportedOn}).`
      : "No longer stale: the figure is no longer followed or has no reports.";
  for (const a of open) {
    await reviseAlert({
      tx,
      alertId: a.id,
      action: "resolve",
      reason: note,
      change: () => ({ status: "resolved", resolvedAt: input.now, resolvedBy: MONITOR_ACTOR.name, resolveNote: note }),
    });
  }
  return open.map((a) => a.id);
}
