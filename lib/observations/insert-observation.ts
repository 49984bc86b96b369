import "server-only";
// Inserts one validated observation (creating its outlet if new) and its revision, inside the
// caller's transaction, which must be a writeObservations work (it sends the live notice and
// runs monitoring). `logObservation` is the public entry point; the demo data reuses this.
import type { Actor } from "../auth/actor";
import type { DbOrTx } from "../db/client";
import { AppError } from "../errors";
import { createOutlet } from "../outlets/create-outlet";
import { writeRevision } from "../revisions/write-revision";
import { linkCitations } from "../sources/link-citations";
import { observationColumns } from "./observation-columns";
import { OBSERVATION_SELECT, toObservationDto, type ObservationDto } from "./observation-dto";
import type { LogObservationInput } from "./schemas";
import { noSuchFigure } from "../figures/no-such-figure";

export async function insertObservation(opts: {
  tx: DbOrTx;
  actor: Actor;
  input: LogObservationInput;
}): Promise<ObservationDto> {
  const { tx, input } = opts;
  const figure = await tx.figure.findUnique({ where: { slug: input.figureSlug }, select: { id: true, unit: true } });
  if (!figure) throw noSuchFigure(input.figureSlug);

  let outletId = input.outletId;
  if (outletId) {
    const found = await tx.outlet.findUnique({ where: { id: outletId }, select: { id: true } });
    if (!found)
      throw new AppError("validation_failed", "That outlet no longer exists.", {
        outletId: ["Pick an outlet from the list."],
      });
  } else if (input.newOutlet) {
    outletId = (await createOutlet({ tx, actor: opts.actor, input: input.newOutlet, fieldPrefix: "newOutlet." })).id;
  }

  const row = await tx.observation.create({
    data: {
      figureId: figure.id,
      outletId: outletId!,
      ...observationColumns(input),
      loggedBy: opts.actor.name,
      loggedById: opts.actor.id,
    },
    select: OBSERVATION_SELECT,
  });
  const dto = toObservationDto(row, figure.unit);
  await writeRevision({
    tx,
    entityType: "observation",
    entityId: dto.id,
    action: "create",
    after: dto,
    actor: opts.actor,
  });
  await linkCitations({ tx, actor: opts.actor, observationId: dto.id, citedSources: dto.citedSources });
  return dto;
}
