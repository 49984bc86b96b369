import "server-only";
// Turns findings into alerts inside the caller's transaction, so a desk sees one alert per thing
// to look at rather than one per report:
//  1. a finding already recorded (its dedupe key, on any alert) changes nothing;
//  2. the same condition (condition-key.ts) still unresolved: that alert is brought up to date;
//  3. one article's new-outlet findings (same outlet, same link) join one open alert across figures;
//  4. within the rule's quiet period for the figure, a finding folds into the recent alert (or is
//     dropped if that one is already resolved);
//  5. otherwise a new alert, with its revision, a live notice and one pending delivery per active
//     webhook that wants its rule (sent after commit).
// Every change writes a revision. A per-figure advisory lock makes concurrent writes take turns.
import type { DbOrTx } from "../db/client";
import { Prisma } from "../db/client";
import { publishChange } from "../live/publish-change";
import { writeRevision } from "../revisions/write-revision";
import type { AlertDto } from "./alert-dto";
import { conditionKeyOf } from "./condition-key";
import type { MonitoringSettings } from "./config";
import { MONITOR_ACTOR } from "./monitor-actor";
import { reviseAlert } from "./revise-alert";
import type { AlertRule, Finding, RuleFigure, RuleObservation } from "./types";

export type OpenedAlerts = { alertIds: string[]; deliveryIds: string[]; updatedIds: string[]; quieted: number };
type FigureRef = { slug: string; title: string };

const LOCK_SPACE = 72707370;
const keysOf = (a: AlertDto) => (Array.isArray(a.details.keys) ? (a.details.keys as string[]) : []);
const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
const json = (v: unknown) => v as Prisma.InputJsonValue;

async function firstId(tx: DbOrTx, where: Prisma.Sql): Promise<{ id: string; status: string } | undefined> {
  const rows = await tx.$queryRaw<{ id: string; status: string }[]>`
    SELECT id::text, status::text FROM alert WHERE ${where} ORDER BY created_at DESC LIMIT 1`;
  return rows[0];
}

/** One article = one outlet and one link (or, without a link, one report date). */
async function groupKeyOf(tx: DbOrTx, f: Finding): Promise<string | null> {
  const o = await tx.observation.findUnique({
    where: { id: f.observationIds.at(-1) },
    select: { outletId: true, url: true, reportedOn: true },
  });
  return o ? `new_outlet:${o.outletId}:${o.url ?? o.reportedOn.toISOString().slice(0, 10)}` : null;
}

const groupMessage = (outlet: string, figures: FigureRef[]) =>
  figures.length === 1
    ? `${outlet} reports this figure for the first time.`
    : `${outlet} reports ${figures.length} figures for the first time, in one article: ${figures.map((f) => f.title).join("; ")}.`;

export async function openAlerts(opts: {
  tx: DbOrTx;
  figure: RuleFigure;
  findings: Finding[];
  now: Date;
  observations: RuleObservation[];
  settings: MonitoringSettings;
}): Promise<OpenedAlerts> {
  const { tx, figure, now } = opts;
  const out: OpenedAlerts = { alertIds: [], deliveryIds: [], updatedIds: [], quieted: 0 };
  if (opts.findings.length === 0) return out;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_SPACE}::int, hashtext(${figure.id}))`;
  const outletOf = new Map(opts.observations.map((o) => [o.id, o.outletId]));
  const me: FigureRef = { slug: figure.slug, title: figure.title };

  for (const f of opts.findings) {
    const rule = Prisma.sql`rule = ${f.rule}::"AlertRule"`;
    const seen = await firstId(
      tx,
      Prisma.sql`dedupe_key = ${f.dedupeKey} OR (${rule} AND details->'keys' @> to_jsonb(${f.dedupeKey}::text))`,
    );
    if (seen) continue;
    const condition = conditionKeyOf(f, figure.id, (id) => outletOf.get(id));
    const mine = Prisma.sql`figure_id = ${figure.id}::uuid AND ${rule}`;

    const same = await firstId(
      tx,
      Prisma.sql`${mine} AND status <> 'resolved' AND details->>'condition' = ${condition}`,
    );
    if (same) {
      await reviseAlert({
        tx,
        alertId: same.id,
        action: "update",
        reason: "The same condition was found again; the alert now shows the latest reports.",
        change: (b) => ({
          observationIds: f.observationIds,
          message: f.message,
          details: json({ ...b.details, ...f.details, condition, keys: [...keysOf(b), f.dedupeKey] }),
        }),
      });
      out.updatedIds.push(same.id);
      continue;
    }

    const group = f.rule === "new_outlet" ? await groupKeyOf(tx, f) : null;
    if (group) {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_SPACE}::int, hashtext(${group}))`;
      const joined = await firstId(tx, Prisma.sql`${rule} AND status = 'open' AND details->>'group' = ${group}`);
      if (joined) {
        await reviseAlert({
          tx,
          alertId: joined.id,
          action: "update",
          reason: `The same article also reports “${figure.title}”.`,
          change: (b) => {
            const figures = [...((b.details.figures as FigureRef[] | undefined) ?? [b.figure]), me];
            const outlet = String(f.details.outlet ?? "An outlet");
            return {
              observationIds: union(b.observationIds, f.observationIds),
              message: groupMessage(outlet, figures),
              details: json({ ...b.details, figures, keys: [...keysOf(b), f.dedupeKey] }),
            };
          },
        });
        out.updatedIds.push(joined.id);
        continue;
      }
    }

    const quietHours = (opts.settings.quiet as Partial<Record<AlertRule, number>>)[f.rule] ?? 0;
    if (quietHours > 0) {
      const since = new Date(now.getTime() - quietHours * 3_600_000);
      const recent = await firstId(tx, Prisma.sql`${mine} AND created_at > ${since}`);
      if (recent?.status === "resolved") {
        out.quieted++;
        continue;
      }
      if (recent) {
        await reviseAlert({
          tx,
          alertId: recent.id,
          action: "update",
          reason: `Within this rule's quiet period (${quietHours} h) for the figure: added to this alert.`,
          change: (b) => {
            const also = [
              ...((b.details.also as unknown[] | undefined) ?? []),
              // Its details too, so a reader in another language gets the line written from them (describe-alert.ts).
              { message: f.message, details: f.details, observationIds: f.observationIds },
            ];
            return {
              observationIds: union(b.observationIds, f.observationIds),
              details: json({ ...b.details, also, keys: [...keysOf(b), f.dedupeKey] }),
            };
          },
        });
        out.updatedIds.push(recent.id);
        out.quieted++;
        continue;
      }
    }

    const details = { ...f.details, condition, keys: [f.dedupeKey], ...(group ? { group, figures: [me] } : {}) };
    const inserted = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO alert (rule, figure_id, observation_ids, details, message, dedupe_key, created_at)
      VALUES (${f.rule}::"AlertRule", ${figure.id}::uuid, ${f.observationIds}::uuid[], ${JSON.stringify(details)}::jsonb,
              ${f.message}, ${f.dedupeKey}, ${now})
      ON CONFLICT (dedupe_key) DO NOTHING
      RETURNING id::text`;
    if (inserted.length === 0) continue;
    const id = inserted[0].id;
    out.alertIds.push(id);
    const alert = {
      id,
      rule: f.rule,
      status: "open",
      figure: { id: figure.id, ...me },
      message: f.message,
      observationIds: f.observationIds,
      details,
      createdAt: now.toISOString(),
    };
    await writeRevision({ tx, entityType: "alert", entityId: id, action: "open", after: alert, actor: MONITOR_ACTOR });
    await publishChange({ tx, change: { kind: "alert", figureSlug: figure.slug, alertId: id } });

    const hooks = await tx.webhook.findMany({
      where: { isActive: true, rules: { has: f.rule } },
      select: { id: true },
    });
    for (const hook of hooks) {
      const d = await tx.webhookDelivery.create({
        data: {
          webhookId: hook.id,
          alertId: id,
          event: "alert.opened",
          payload: { event: "alert.opened", alert } as Prisma.InputJsonValue,
        },
        select: { id: true },
      });
      out.deliveryIds.push(d.id);
    }
  }
  return out;
}
