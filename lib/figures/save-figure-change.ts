import "server-only";
// The tail every figure edit shares (update, archive): the version-checked UPDATE, the read-back,
// the revision with before and after, and the live notice, inside the caller's transaction.
import type { Actor } from "../auth/actor";
import type { DbOrTx, Prisma } from "../db/client";
import { AppError } from "../errors";
import { publishChange } from "../live/publish-change";
import { writeRevision } from "../revisions/write-revision";
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
  const row = await tx.figure.findUnique({ where: { id }, select: SELECT });
  if (!row) throw new AppError("not_found", "There is no such figure.");
  const { count } = await tx.figure.updateMany({
    where: { id, version },
    data: { ...opts.data(row), version: { increment: 1 } },
  });
  if (count === 0)
    throw new AppError(
      "conflict",
      `Someone else changed this figure after you opened it (now version ${row.version}). Reload to see their change; nothing of yours was saved.`,
    );
  await opts.alsoWrite?.();
  const updated = await tx.figure.findUniqueOrThrow({ where: { id }, select: SELECT });
  const before = { ...toFigureDto(row), version: row.version };
  const after = { ...toFigureDto(updated), version: updated.version };
  await writeRevision({ tx, entityType: "figure", entityId: id, action: "update", before, after, actor: opts.actor });
  await publishChange({ tx, change: { kind: "figure", figureSlug: updated.slug } });
  return after;
}
