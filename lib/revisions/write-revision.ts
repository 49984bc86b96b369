import "server-only";
// Every change to data writes one Revision, inside the same transaction as the change.
// The table is append-only (a trigger rejects UPDATE, DELETE and TRUNCATE).
import type { Actor } from "../auth/actor";
import type { DbOrTx } from "../db/client";
import type { Prisma } from "../db/client";

export type EntityType =
  | "figure"
  | "outlet"
  | "source"
  | "citation"
  | "observation"
  | "event"
  | "topic"
  | "user"
  | "setting"
  | "alert"
  | "webhook"
  | "monitoring_config";
export type RevisionAction =
  "create" | "update" | "retract" | "check" | "return" | "merge" | "open" | "acknowledge" | "resolve";

export async function writeRevision(opts: {
  tx: DbOrTx;
  entityType: EntityType;
  entityId: string;
  action: RevisionAction;
  before?: unknown;
  after?: unknown;
  actor: Actor;
  reason?: string;
}): Promise<void> {
  const json = (v: unknown) => (v === undefined ? undefined : (JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue));
  await opts.tx.revision.create({
    data: {
      entityType: opts.entityType,
      entityId: opts.entityId,
      action: opts.action,
      before: json(opts.before),
      after: json(opts.after),
      actor: opts.actor.name,
      actorId: opts.actor.id,
      reason: opts.reason,
    },
  });
}
