import "server-only";
// Two pairs of eyes: a different editor than the one who logged a value marks it checked, or
// sends it back with a comment. The checker names the version they read, so a value edited in
// the meantime is never marked checked unseen. A check leaves the version as it is: it changes
// nobody's values, so an edit form opened before it still saves.
import type { Actor } from "../auth/actor";
import { getDb, type Db, type DbOrTx } from "../db/client";
import { AppError } from "../errors";
import { publishChange } from "../live/publish-change";
import { writeRevision } from "../revisions/write-revision";
import { parseInput } from "../validate";
import { getObservation } from "./get-observation";
import { isLoggerOf } from "./is-logger-of";
import { lockObservation, staleEdit } from "./lock-observation";
import type { ObservationDto } from "./observation-dto";
import { ZCheckObservation } from "./schemas";

/** `tx` when checkObservations checks a batch inside its one transaction. */
export async function checkObservation(opts: { db?: Db; tx?: DbOrTx; actor: Actor; input: unknown }): Promise<ObservationDto> {
  const db = opts.db ?? getDb();
  const input = parseInput(ZCheckObservation, opts.input);
  const run = async (tx: DbOrTx) => {
    const { observation: before, figure } = await lockObservation({ tx, id: input.id, version: input.version });
    if (isLoggerOf(opts.actor, before)) {
      throw new AppError("forbidden", "You logged this value, so another editor has to check it.");
    }
    if (before.status === "retracted") throw new AppError("conflict", "This value was retracted; there is nothing left to check.");
    const isReturned = input.decision === "returned";
    const { count } = await tx.observation.updateMany({
      where: { id: input.id, version: input.version },
      data: {
        checkStatus: input.decision,
        checkedBy: opts.actor.name,
        checkedById: opts.actor.id,
        checkedAt: new Date(),
        checkComment: input.comment ?? null,
      },
    });
    if (count === 0) throw staleEdit(await getObservation({ db: tx, id: input.id }), input.version);
    const { observation: after } = await getObservation({ db: tx, id: input.id });
    await writeRevision({
      tx,
      entityType: "observation",
      entityId: input.id,
      action: isReturned ? "return" : "check",
      before,
      after,
      actor: opts.actor,
      reason: input.comment,
    });
    await publishChange({ tx, change: { kind: "observation", figureSlug: figure.slug, observationId: input.id } });
    return after;
  };
  return opts.tx ? run(opts.tx) : db.$transaction(run);
}
