import "server-only";
// Bulk check: a batch the desk has already read (an import, one article's values) marked checked
// with one reason, in ONE transaction — all of them, or none. Each goes through checkObservation,
// so the same rules hold: not the logger's own value, not retracted, only the version read;
// the batch is one writeObservations work (live notices with the commit, monitoring after it).
import { z } from "zod";
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { parseInput } from "../validate";
import { checkObservation } from "./check-observation";
import type { ObservationDto } from "./observation-dto";
import { writeObservations } from "./write-observations";

export const MAX_BULK_CHECK = 200;

export const ZCheckObservations = z.object({
  items: z
    .array(
      z.object({ id: z.uuid({ error: "That is not an observation id." }), version: z.coerce.number().int().min(1) }),
    )
    .min(1, "Select at least one value to check.")
    .max(MAX_BULK_CHECK, `Check at most ${MAX_BULK_CHECK} values at once.`),
  reason: z
    .string({ error: "Say why these can be checked together." })
    .trim()
    .min(3, "Say why these can be checked together.")
    .max(2000),
});

export async function checkObservations(opts: { db?: Db; actor: Actor; input: unknown }): Promise<ObservationDto[]> {
  const input = parseInput(ZCheckObservations, opts.input);
  return writeObservations({
    db: opts.db,
    work: async (tx) => {
      const checked: ObservationDto[] = [];
      for (const [i, item] of input.items.entries()) {
        const one = { ...item, decision: "checked", comment: input.reason };
        checked.push(
          await checkObservation({ tx, actor: opts.actor, input: one }).catch((e: unknown) => {
            if (!(e instanceof AppError)) throw e;
            const which = input.items.length === 1 ? "" : ` (value ${i + 1} of ${input.items.length})`;
            throw new AppError(e.code, `${e.message}${which} Nothing was checked.`, e.fields);
          }),
        );
      }
      const figures = await tx.observation.findMany({
        where: { id: { in: checked.map((o) => o.id) } },
        select: { id: true, figure: { select: { slug: true } } },
      });
      return { result: checked, touched: figures.map((o) => ({ figureSlug: o.figure.slug, observationIds: [o.id] })) };
    },
  });
}
