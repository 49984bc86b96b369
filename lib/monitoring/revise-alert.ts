import "server-only";
// The monitor's own changes to an existing alert (a repeat of its condition folded in, a stale
// alert resolved by a new report): the change, a version bump, a revision with before and after,
// and a live notice, all in the caller's transaction.
import type { DbOrTx } from "../db/client";
import type { Prisma } from "../db/client";
import { publishChange } from "../live/publish-change";
import { writeRevision, type RevisionAction } from "../revisions/write-revision";
import { ALERT_SELECT, toAlertDto, type AlertDto } from "./alert-dto";
import { MONITOR_ACTOR } from "./monitor-actor";

export async function reviseAlert(opts: {
  tx: DbOrTx;
  alertId: string;
  change: (before: AlertDto) => Prisma.AlertUpdateInput;
  action: RevisionAction;
  reason: string;
}): Promise<AlertDto> {
  const { tx } = opts;
  const before = toAlertDto((await tx.alert.findUniqueOrThrow({ where: { id: opts.alertId }, select: ALERT_SELECT }))!);
  const row = await tx.alert.update({
    where: { id: opts.alertId },
    data: { ...opts.change(before), version: { increment: 1 } },
    select: ALERT_SELECT,
  });
  const after = toAlertDto(row);
  await writeRevision({
    tx,
    entityType: "alert",
    entityId: after.id,
    action: opts.action,
    before,
    after,
    actor: MONITOR_ACTOR,
    reason: opts.reason,
  });
  await publishChange({ tx, change: { kind: "alert", figureSlug: after.figure.slug, alertId: after.id } });
  return after;
}
