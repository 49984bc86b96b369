import "server-only";
// Two outlets that are one ("AP" and "Associated Press"): every observation of the duplicate is
// repointed to the survivor, the duplicate is kept but marked merged (hidden from pickers), the
// survivor gains its domains. One transaction; a revision for every repointed observation and
// for both outlets, all giving the editor's reason. Nothing is deleted. The repointed values go
// through writeObservations: live notices with the commit, monitoring after it.
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { getObservation } from "../observations/get-observation";
import { writeObservations } from "../observations/write-observations";
import { lockMergePair } from "../revisions/lock-merge-pair";
import { markMerged } from "../revisions/mark-merged";
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
      const { duplicate, survivor } = await lockMergePair({
        tx,
        table: "outlet",
        input,
        read: (id) => tx.outlet.findUnique({ where: { id }, select: OUTLET_SELECT }),
      });

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

      const merged = await markMerged({
        tx,
        entityType: "outlet",
        actor,
        reason: input.reason,
        survivor,
        duplicate,
        update: (id, data) => tx.outlet.update({ where: { id }, data, select: OUTLET_SELECT }),
      });

      return {
        result: { ...merged, repointed: observations.length },
        touched: observations.map((o) => ({ figureSlug: o.figure.slug, observationIds: [o.id] })),
      };
    },
  });
}
