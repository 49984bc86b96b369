import "server-only";
// An editor acknowledges ("I'm looking") or resolves ("done: here is what I found") an alert,
// with a note. Optimistic concurrency on `version`; a revision and a live notice in the same
// transaction. Resolved is final: a resolved alert stays searchable but does not change again.
import type { Actor } from "../auth/actor";
import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { publishChange } from "../live/publish-change";
import { writeRevision } from "../revisions/write-revision";
import { parseInput } from "../validate";
import { ALERT_SELECT, toAlertDto, type AlertDto } from "./alert-dto";
import type { Clock } from "./clock";
import { systemClock } from "./clock";
import { ZUpdateAlertStatus } from "./schemas";

export async function updateAlertStatus(opts: { db?: Db; actor: Actor; input: unknown; clock?: Clock }): Promise<AlertDto> {
  const db = opts.db ?? getDb();
  const input = parseInput(ZUpdateAlertStatus, opts.input);
  const now = (opts.clock ?? systemClock)();
  return db.$transaction(async (tx) => {
    const before = await tx.alert.findUnique({ where: { id: input.alertId }, select: ALERT_SELECT });
    if (!before) throw new AppError("not_found", "There is no such alert.");
    if (before.status === "resolved") throw new AppError("conflict", "This alert is already resolved.");
    if (input.action === "acknowledge" && before.status !== "open") throw new AppError("conflict", "This alert is already acknowledged.");
    const data =
      input.action === "acknowledge"
        ? { status: "acknowledged" as const, acknowledgedAt: now, acknowledgedBy: opts.actor.name, acknowledgedById: opts.actor.id, acknowledgeNote: input.note }
        : { status: "resolved" as const, resolvedAt: now, resolvedBy: opts.actor.name, resolvedById: opts.actor.id, resolveNote: input.note };
    const updated = await tx.alert.updateMany({ where: { id: input.alertId, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (updated.count === 0) {
      throw new AppError("conflict", "Someone else changed this alert meanwhile. Reload to see what they did.");
    }
    const after = toAlertDto((await tx.alert.findUnique({ where: { id: input.alertId }, select: ALERT_SELECT }))!);
    await writeRevision({ tx, entityType: "alert", entityId: after.id, action: input.action, before: toAlertDto(before), after, actor: opts.actor, reason: input.note });
    await publishChange({ tx, change: { kind: "alert", figureSlug: after.figure.slug, alertId: after.id } });
    return after;
  });
}
