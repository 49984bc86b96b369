import "server-only";
// Retracting keeps the value (struck through in tables, in CSV with its status) and says why;
// nothing is deleted. Version-checked like an edit.
import type { Actor } from "../auth/actor";
import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { publishChange } from "../live/publish-change";
import { afterObservationWrite } from "../monitoring/after-observation-write";
import { writeRevision } from "../revisions/write-revision";
import { parseInput } from "../validate";
import { getObservation } from "./get-observation";
import { lockObservation, staleEdit } from "./lock-observation";
import type { ObservationDto } from "./observation-dto";
import { ZRetractObservation } from "./schemas";

export async function retractObservation(opts: { db?: Db; actor: Actor; input: unknown }): Promise<ObservationDto> {
  const db = opts.db ?? getDb();
  const input = parseInput(ZRetractObservation, opts.input);
  const { after, figureSlug } = await db.$transaction(async (tx) => {
    const { observation: before, figure } = await lockObservation({ tx, id: input.id, version: input.version });
    if (before.status === "retracted") throw new AppError("conflict", `This value was already retracted: “${before.statusReason}”.`);
    const { count } = await tx.observation.updateMany({
      where: { id: input.id, version: input.version },
      data: { status: "retracted", statusReason: input.reason, version: { increment: 1 } },
    });
    if (count === 0) throw staleEdit(await getObservation({ db: tx, id: input.id }), input.version);
    const { observation: after } = await getObservation({ db: tx, id: input.id });
    await writeRevision({ tx, entityType: "observation", entityId: input.id, action: "retract", before, after, actor: opts.actor, reason: input.reason });
    await publishChange({ tx, change: { kind: "observation", figureSlug: figure.slug, observationId: input.id } });
    return { after, figureSlug: figure.slug };
  });
  await afterObservationWrite({ db, figureSlug, observationIds: [input.id] });
  return after;
}
