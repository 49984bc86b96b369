import "server-only";
// Retract a value: it stays (with its reason) and leaves charts and default exports.
// Optional expected version, as for edits (412 when stale, 409 when it lost a race).
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { publishChange } from "../live/publish-change";
import { writeRevision } from "../revisions/write-revision";
import { parseInput } from "../validate";
import { ZRetractBody } from "./api-schemas";
import { OBSERVATION_SELECT, toObservationDto, type ObservationDto } from "./observation-dto";

const SELECT = { ...OBSERVATION_SELECT, figure: { select: { slug: true, unit: true } } };

export async function retractObservation(opts: { db: Db; actor: Actor; id: string; expectedVersion?: number; input: unknown }): Promise<ObservationDto> {
  const { reason } = parseInput(ZRetractBody, opts.input);
  return opts.db.$transaction(async (tx) => {
    const current = await tx.observation.findUnique({ where: { id: opts.id }, select: SELECT });
    if (!current) throw new AppError("not_found", `There is no observation ${opts.id}.`);
    if (opts.expectedVersion !== undefined && current.version !== opts.expectedVersion)
      throw new AppError("precondition_failed", `This value changed since you loaded it (now version ${current.version}).`);
    if (current.status === "retracted") throw new AppError("conflict", "This value is already retracted.");
    const done = await tx.observation.updateMany({
      where: { id: opts.id, version: current.version },
      data: { status: "retracted", statusReason: reason, version: { increment: 1 } },
    });
    if (done.count === 0) throw new AppError("conflict", "Someone else changed this value at the same moment. Reload it and try again.");
    const row = await tx.observation.findUniqueOrThrow({ where: { id: opts.id }, select: SELECT });
    const after = toObservationDto(row, row.figure.unit);
    await writeRevision({ tx, entityType: "observation", entityId: opts.id, action: "retract", before: toObservationDto(current, current.figure.unit), after, actor: opts.actor, reason });
    await publishChange({ tx, change: { kind: "observation", figureSlug: row.figure.slug, observationId: opts.id } });
    return after;
  });
}
