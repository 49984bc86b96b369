import "server-only";
// A correction: the editor's values replace the stored ones only if nobody saved in between.
// `UPDATE … WHERE id = $1 AND version = $2` decides it inside PostgreSQL, so of two concurrent
// saves exactly one matches; the other gets a StaleEditError (409) with what is stored now.
// A save against an older version is merged three ways with what was saved since
// (mergeStaleEdit): fields only one editor changed combine; fields both changed are a 409.
// An edited value has not been checked by anyone, so its check status starts over.
import type { Actor } from "../auth/actor";
import { getDb, type Db } from "../db/client";
import { publishChange } from "../live/publish-change";
import { afterObservationWrite } from "../monitoring/after-observation-write";
import { observationColumns } from "./observation-columns";
import { writeRevision } from "../revisions/write-revision";
import { linkCitations } from "../sources/link-citations";
import { AppError } from "../errors";
import { parseInput } from "../validate";
import { getObservation } from "./get-observation";
import type { ObservationDto } from "./observation-dto";
import { ZUpdateObservation } from "./schemas";
import { lockObservation, staleEdit } from "./lock-observation";
import { mergeStaleEdit } from "./merge-stale-edit";


export async function updateObservation(opts: { db?: Db; actor: Actor; input: unknown }): Promise<ObservationDto> {
  const db = opts.db ?? getDb();
  const submitted = parseInput(ZUpdateObservation, opts.input);
  const { after, figureSlug } = await db.$transaction(async (tx) => {
    const { observation: before, figure } = await lockObservation({ tx, id: submitted.id });
    if (before.status === "retracted") throw new AppError("conflict", "This value was retracted; it can no longer be edited.");
    let input = submitted;
    if (before.version !== submitted.version) {
      const merged = await mergeStaleEdit({ tx, input: submitted, current: before });
      // Nothing of this editor's differs from what they opened: theirs stands, nothing to write.
      if (merged.isNoChange) return { after: before, figureSlug: null };
      input = parseInput(ZUpdateObservation, merged.input);
    }
    const outlet = await tx.outlet.findUnique({ where: { id: input.outletId }, select: { id: true } });
    if (!outlet) throw new AppError("validation_failed", "That outlet no longer exists.", { outletId: ["Pick an outlet from the list."] });

    const { count } = await tx.observation.updateMany({
      where: { id: input.id, version: input.version },
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
    // The row is locked and its version was just compared, so this is a second guard, kept
    // because it is the one PostgreSQL itself enforces.
    if (count === 0) throw staleEdit(await getObservation({ db: tx, id: input.id }), input.version);
    const { observation: after } = await getObservation({ db: tx, id: input.id });
    await writeRevision({ tx, entityType: "observation", entityId: input.id, action: "update", before, after, actor: opts.actor, reason: input.reason });
    await linkCitations({ tx, actor: opts.actor, observationId: input.id, citedSources: after.citedSources, previousCitedSources: before.citedSources, reason: input.reason });
    await publishChange({ tx, change: { kind: "observation", figureSlug: figure.slug, observationId: input.id } });
    return { after, figureSlug: figure.slug };
  });
  if (figureSlug) await afterObservationWrite({ db, figureSlug, observationIds: [submitted.id] });
  return after;
}
