import "server-only";
// Turns findings into alerts inside the caller's transaction. The unique dedupe key makes this
// idempotent and race-safe (INSERT … ON CONFLICT DO NOTHING): a condition raises one alert,
// whichever write or schedule finds it first. Each new alert gets its revision, a live notice,
// and one pending delivery per active webhook that wants its rule (sent after commit).
import type { DbOrTx } from "../db/client";
import { Prisma } from "../db/client";
import { publishChange } from "../live/publish-change";
import { writeRevision } from "../revisions/write-revision";
import { MONITOR_ACTOR } from "./monitor-actor";
import type { Finding, RuleFigure } from "./types";

export type OpenedAlerts = { alertIds: string[]; deliveryIds: string[] };

export async function openAlerts(opts: { tx: DbOrTx; figure: RuleFigure; findings: Finding[]; now: Date }): Promise<OpenedAlerts> {
  const { tx, figure } = opts;
  const out: OpenedAlerts = { alertIds: [], deliveryIds: [] };
  for (const f of opts.findings) {
    const inserted = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO alert (rule, figure_id, observation_ids, details, message, dedupe_key, created_at)
      VALUES (${f.rule}::"AlertRule", ${figure.id}::uuid, ${f.observationIds}::uuid[], ${JSON.stringify(f.details)}::jsonb,
              ${f.message}, ${f.dedupeKey}, ${opts.now})
      ON CONFLICT (dedupe_key) DO NOTHING
      RETURNING id::text`;
    if (inserted.length === 0) continue;
    const id = inserted[0].id;
    out.alertIds.push(id);
    const alert = { id, rule: f.rule, status: "open", figure: { id: figure.id, slug: figure.slug, title: figure.title }, message: f.message, observationIds: f.observationIds, details: f.details, createdAt: opts.now.toISOString() };
    await writeRevision({ tx, entityType: "alert", entityId: id, action: "open", after: alert, actor: MONITOR_ACTOR });
    await publishChange({ tx, change: { kind: "alert", figureSlug: figure.slug, alertId: id } });

    const hooks = await tx.webhook.findMany({ where: { isActive: true, rules: { has: f.rule } }, select: { id: true } });
    for (const hook of hooks) {
      const d = await tx.webhookDelivery.create({
        data: { webhookId: hook.id, alertId: id, event: "alert.opened", payload: { event: "alert.opened", alert } as Prisma.InputJsonValue },
        select: { id: true },
      });
      out.deliveryIds.push(d.id);
    }
  }
  return out;
}
