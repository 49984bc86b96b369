import "server-only";
// The one acknowledge/resolve step, inside the caller's transaction: state checks, the version
// compare (a stale version is refused, never overwritten), the revision and the live notice.
// updateAlertStatus does one alert; updateAlertsStatus does a selection all-or-nothing.
import type { Actor } from "../auth/actor";
import type { DbOrTx } from "../db/client";
import { AppError } from "../errors";
import { publishChange } from "../live/publish-change";
import { writeRevision } from "../revisions/write-revision";
import { ALERT_SELECT, toAlertDto, type AlertDto } from "./alert-dto";

export async function changeAlertStatus(opts: {
  tx: DbOrTx;
  actor: Actor;
  alertId: string;
  version: number;
  action: "acknowledge" | "resolve";
  note: string;
  now: Date;
}): Promise<AlertDto> {
  const { tx, actor, now } = opts;
  const before = await tx.alert.findUnique({ where: { id: opts.alertId }, select: ALERT_SELECT });
  if (!before) throw new AppError("not_found", "There is no such alert.");
  if (before.status === "resolved")
    throw new AppError("conflict", `This alert is already resolved (${before.figure.title}).`);
  if (opts.action === "acknowledge" && before.status !== "open") {
    throw new AppError("conflict", `This alert is already acknowledged (${before.figure.title}).`);
  }
  const data =
    opts.action === "acknowledge"
      ? {
          status: "acknowledged" as const,
          acknowledgedAt: now,
          acknowledgedBy: actor.name,
          acknowledgedById: actor.id,
          acknowledgeNote: opts.note,
        }
      : {
          status: "resolved" as const,
          resolvedAt: now,
          resolvedBy: actor.name,
          resolvedById: actor.id,
          resolveNote: opts.note,
        };
  const updated = await tx.alert.updateMany({
    where: { id: opts.alertId, version: opts.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (updated.count === 0) {
    throw new AppError("conflict", "Someone else changed this alert meanwhile. Reload to see what they did.");
  }
  const after = toAlertDto((await tx.alert.findUnique({ where: { id: opts.alertId }, select: ALERT_SELECT }))!);
  await writeRevision({
    tx,
    entityType: "alert",
    entityId: after.id,
    action: opts.action,
    before: toAlertDto(before),
    after,
    actor,
    reason: opts.note,
  });
  await publishChange({ tx, change: { kind: "alert", figureSlug: after.figure.slug, alertId: after.id } });
  return after;
}
