import "server-only";
// The tail every figure edit shares (update, archive): the version-checked save (saveVersioned) and
// the live notice, inside the caller's transaction.
import type { Actor } from "../auth/actor";
import type { DbOrTx, Prisma } from "../db/client";
import { publishChange } from "../live/publish-change";
import { saveVersioned } from "../revisions/save-versioned";
import { FIGURE_SELECT, toFigureDto, type FigureDto } from "./figure-dto";

const SELECT = { ...FIGURE_SELECT, version: true } as const;
type Row = Prisma.FigureGetPayload<{ select: typeof SELECT }>;

/** `data(row)`: the change, given the figure as it was; `alsoWrite`: rows beside it (its translations), once the version check passed. */
export async function saveFigureChange(opts: {
  tx: DbOrTx;
  actor: Actor;
  id: string;
  version: number;
  data: (row: Row) => Prisma.FigureUpdateManyMutationInput;
  alsoWrite?: () => Promise<void>;
}): Promise<FigureDto & { version: number }> {
  const { tx, id, version } = opts;
  const after = await saveVersioned({
    tx,
    actor: opts.actor,
    entityType: "figure",
    entityId: id,
    read: () => tx.figure.findUnique({ where: { id }, select: SELECT }),
    update: (row) =>
      tx.figure.updateMany({ where: { id, version }, data: { ...opts.data(row), version: { increment: 1 } } }),
    alsoWrite: opts.alsoWrite,
    show: (row) => ({ ...toFigureDto(row), version: row.version }),
  });
  await publishChange({ tx, change: { kind: "figure", figureSlug: after.slug } });
  return after;
}
