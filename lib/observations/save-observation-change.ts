import "server-only";
// The version-checked save tail shared by edit, retract and check: `UPDATE … WHERE id AND
// version` (of two concurrent saves exactly one matches; the other gets a StaleEditError with
// what is stored now), the stored value read back, and its revision. Call it inside
// writeObservations after lockObservation has read `before`.
import type { Actor } from "../auth/actor";
import type { DbOrTx } from "../db/client";
import type { Prisma } from "../db/client";
import { writeRevision, type RevisionAction } from "../revisions/write-revision";
import { getObservation } from "./get-observation";
import { staleEdit } from "./lock-observation";
import type { ObservationDto } from "./observation-dto";

export async function saveObservationChange(opts: {
  tx: DbOrTx;
  actor: Actor;
  before: ObservationDto;
  version: number;
  data: Prisma.ObservationUpdateManyArgs["data"];
  action: RevisionAction;
  reason?: string;
}): Promise<ObservationDto> {
  const { tx, before } = opts;
  const { count } = await tx.observation.updateMany({
    where: { id: before.id, version: opts.version },
    data: opts.data,
  });
  // The row is locked and its version was just compared, so this is a second guard, kept
  // because it is the one PostgreSQL itself enforces.
  if (count === 0) throw staleEdit(await getObservation({ db: tx, id: before.id }), opts.version);
  const { observation: after } = await getObservation({ db: tx, id: before.id });
  await writeRevision({
    tx,
    entityType: "observation",
    entityId: before.id,
    action: opts.action,
    before,
    after,
    actor: opts.actor,
    reason: opts.reason,
  });
  return after;
}
