import "server-only";
// Two outlets that are one ("AP" and "Associated Press"): every observation of the duplicate is
// repointed to the survivor, the duplicate is kept but marked merged (hidden from pickers), the
// survivor gains its domains. One transaction; a revision for every repointed observation and
// for both outlets, all giving the editor's reason. Nothing is deleted. The repointed values go
// through writeObservations: live notices with the commit, monitoring after it.
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { getObservation } from "../observations/get-observation";
import { writeObservations } from "../observations/write-observations";
import { writeRevision } from "../revisions/write-revision";
import { parseInput } from "../validate";
import { OUTLET_SELECT, type OutletDto } from "./outlet-dto";
import { ZMergeOutlets } from "./schemas";

export type MergeResult = { survivor: OutletDto; duplicate: OutletDto; repointed: number };

export async function mergeOutlets(opts: { db?: Db; actor: Actor; input: unknown }): Promise<MergeResult> {
  const input = parseInput(ZMergeOutlets, opts.input);
  const { actor } = opts;
  return writeObservations({
    db: opts.db,
    work: async (tx) => {
      // Lock both rows (in a fixed order, so two merges of the same pair cannot deadlock).
      const ids = [input.duplicateId, input.survivorId].sort();
      await tx.$queryRaw`SELECT 1 FROM outlet WHERE id = ${ids[0]}::uuid OR id = ${ids[1]}::uuid ORDER BY id FOR UPDATE`;
      const [duplicate, survivor] = await Promise.all([
        tx.outlet.findUnique({ where: { id: input.duplicateId }, select: OUTLET_SELECT }),
        tx.outlet.findUnique({ where: { id: input.survivorId }, select: OUTLET_SELECT }),
      ]);
      if (!duplicate || !survivor) throw new AppError("not_found", "One of those outlets no longer exists.");
      if (duplicate.mergedIntoId || survivor.mergedIntoId) {
        throw new AppError("conflict", "One of those outlets was already merged into another; reload the page.");
      }

      const observations = await tx.observation.findMany({
        where: { outletId: duplicate.id },
        select: { id: true, figure: { select: { slug: true } } },
      });
      for (const { id } of observations) {
        const before = (await getObservation({ db: tx, id })).observation;
        await tx.observation.update({ where: { id }, data: { outletId: survivor.id, version: { increment: 1 } } });
        const after = (await getObservation({ db: tx, id })).observation;
        await writeRevision({
          tx,
          entityType: "observation",
          entityId: id,
          action: "merge",
          before,
          after,
          actor,
          reason: input.reason,
        });
      }

      const domains = [...new Set([...survivor.domains, ...duplicate.domains])];
      const survivorAfter = await tx.outlet.update({
        where: { id: survivor.id },
        data: { domains, version: { increment: 1 } },
        select: OUTLET_SELECT,
      });
      const duplicateAfter = await tx.outlet.update({
        where: { id: duplicate.id },
        data: { mergedIntoId: survivor.id, version: { increment: 1 } },
        select: OUTLET_SELECT,
      });
      await writeRevision({
        tx,
        entityType: "outlet",
        entityId: survivor.id,
        action: "merge",
        before: survivor,
        after: survivorAfter,
        actor,
        reason: input.reason,
      });
      await writeRevision({
        tx,
        entityType: "outlet",
        entityId: duplicate.id,
        action: "merge",
        before: duplicate,
        after: duplicateAfter,
        actor,
        reason: input.reason,
      });

      return {
        result: { survivor: survivorAfter, duplicate: duplicateAfter, repointed: observations.length },
        touched: observations.map((o) => ({ figureSlug: o.figure.slug, observationIds: [o.id] })),
      };
    },
  });
}
