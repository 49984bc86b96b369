import "server-only";
// A correction: the editor's values replace the stored ones only if nobody saved in between.
// `UPDATE … WHERE id = $1 AND version = $2` decides it inside PostgreSQL, so of two concurrent
// saves exactly one matches; the other gets a StaleEditError (409) with what is stored now.
// A save against an older version is merged three ways with what was saved since
// (mergeStaleEdit): fields only one editor changed combine; fields both changed are a 409.
// An edited value has not been checked by anyone, so its check status starts over.
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { linkCitations } from "../sources/link-citations";
import { AppError } from "../errors";
import { parseInput } from "../validate";
import { lockObservation } from "./lock-observation";
import { mergeStaleEdit } from "./merge-stale-edit";
import { observationColumns } from "./observation-columns";
import type { ObservationDto } from "./observation-dto";
import { saveObservationChange } from "./save-observation-change";
import { ZUpdateObservation } from "./schemas";
import { writeObservations } from "./write-observations";

export async function updateObservation(opts: { db?: Db; actor: Actor; input: unknown }): Promise<ObservationDto> {
  const submitted = parseInput(ZUpdateObservation, opts.input);
  return writeObservations({
    db: opts.db,
    work: async (tx) => {
      const { observation: before, figure } = await lockObservation({ tx, id: submitted.id });
      if (before.status === "retracted")
        throw new AppError("conflict", "This value was retracted; it can no longer be edited.");
      let input = submitted;
      if (before.version !== submitted.version) {
        const merged = await mergeStaleEdit({ tx, input: submitted, current: before });
        // Nothing of this editor's differs from what they opened: theirs stands, nothing to write.
        if (merged.isNoChange) return { result: before, touched: [] };
        input = parseInput(ZUpdateObservation, merged.input);
      }
      const outlet = await tx.outlet.findUnique({ where: { id: input.outletId }, select: { id: true } });
      if (!outlet)
        throw new AppError("validation_failed", "That outlet no longer exists.", {
          outletId: ["Pick an outlet from the list."],
        });
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
      await linkCitations({
        tx,
        actor: opts.actor,
        observationId: input.id,
        citedSources: after.citedSources,
        previousCitedSources: before.citedSources,
        reason: input.reason,
      });
      return { result: after, touched: [{ figureSlug: figure.slug, observationIds: [input.id] }] };
    },
  });
}
