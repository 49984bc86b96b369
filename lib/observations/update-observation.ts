import "server-only";
// A correction: the editor's values replace the stored ones only if nobody saved in between.
// `UPDATE … WHERE id = $1 AND version = $2` decides it inside PostgreSQL, so of two concurrent
// saves exactly one matches; the other gets a StaleEditError (409) with what is stored now.
// An edited value has not been checked by anyone, so its check status starts over.
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { parseInput } from "../validate";
import { lockObservation } from "./lock-observation";
import { observationColumns } from "./observation-columns";
import type { ObservationDto } from "./observation-dto";
import { saveObservationChange } from "./save-observation-change";
import { ZUpdateObservation } from "./schemas";
import { writeObservations } from "./write-observations";

export async function updateObservation(opts: { db?: Db; actor: Actor; input: unknown }): Promise<ObservationDto> {
  const input = parseInput(ZUpdateObservation, opts.input);
  return writeObservations({
    db: opts.db,
    work: async (tx) => {
      const { observation: before, figure } = await lockObservation({ tx, id: input.id, version: input.version });
      if (before.status === "retracted") throw new AppError("conflict", "This value was retracted; it can no longer be edited.");
      const outlet = await tx.outlet.findUnique({ where: { id: input.outletId }, select: { id: true } });
      if (!outlet) throw new AppError("validation_failed", "That outlet no longer exists.", { outletId: ["Pick an outlet from the list."] });
      const after = await saveObservationChange({
        tx,
        actor: opts.actor,
        before,
        version: input.version,
        action: "update",
        reason: input.reason,
        data: {
          outletId: input.outletId,
          ...observationColumns(input),
          version: { increment: 1 },
          checkStatus: "unchecked",
          checkedBy: null,
          checkedById: null,
          checkedAt: null,
          checkComment: null,
        },
      });
      return { result: after, touched: [{ figureSlug: figure.slug, observationIds: [input.id] }] };
    },
  });
}
