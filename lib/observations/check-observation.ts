import "server-only";
// Two pairs of eyes: a different editor than the one who logged a value marks it checked, or
// sends it back with a comment. The checker names the version they read, so a value edited in
// the meantime is never marked checked unseen. A check leaves the version as it is: it changes
// nobody's values, so an edit form opened before it still saves.
import type { Actor } from "../auth/actor";
import type { Db, DbOrTx } from "../db/client";
import { AppError } from "../errors";
import { parseInput } from "../validate";
import { isLoggerOf } from "./is-logger-of";
import { lockObservation } from "./lock-observation";
import type { ObservationDto } from "./observation-dto";
import { saveObservationChange } from "./save-observation-change";
import { ZCheckObservation } from "./schemas";
import { writeObservations } from "./write-observations";

/**
 * `tx` when checkObservations checks a batch inside its one writeObservations work (which reports
 * what it touched); otherwise the check is its own write through writeObservations.
 */
export async function checkObservation(opts: {
  db?: Db;
  tx?: DbOrTx;
  actor: Actor;
  input: unknown;
}): Promise<ObservationDto> {
  const input = parseInput(ZCheckObservation, opts.input);
  const run = async (tx: DbOrTx) => {
    const { observation: before, figure } = await lockObservation({ tx, id: input.id, version: input.version });
    if (isLoggerOf(opts.actor, before)) {
      throw new AppError("forbidden", "You logged this value, so another editor has to check it.");
    }
    if (before.status === "retracted")
      throw new AppError("conflict", "This value was retracted; there is nothing left to check.");
    const after = await saveObservationChange({
      tx,
      actor: opts.actor,
      before,
      version: input.version,
      action: input.decision === "returned" ? "return" : "check",
      reason: input.comment,
      data: {
        checkStatus: input.decision,
        checkedBy: opts.actor.name,
        checkedById: opts.actor.id,
        checkedAt: new Date(),
        checkComment: input.comment ?? null,
      },
    });
    return { result: after, touched: [{ figureSlug: figure.slug, observationIds: [input.id] }] };
  };
  if (opts.tx) return (await run(opts.tx)).result;
  return writeObservations({ db: opts.db, work: run });
}
