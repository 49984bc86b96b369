import "server-only";
// Retracting keeps the value (struck through in tables, in CSV with its status) and says why;
// nothing is deleted. Version-checked like an edit.
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { parseInput } from "../validate";
import { lockObservation } from "./lock-observation";
import type { ObservationDto } from "./observation-dto";
import { saveObservationChange } from "./save-observation-change";
import { ZRetractObservation } from "./schemas";
import { writeObservations } from "./write-observations";

export async function retractObservation(opts: { db?: Db; actor: Actor; input: unknown }): Promise<ObservationDto> {
  const input = parseInput(ZRetractObservation, opts.input);
  return writeObservations({
    db: opts.db,
    work: async (tx) => {
      const { observation: before, figure } = await lockObservation({ tx, id: input.id, version: input.version });
      if (before.status === "retracted")
        throw new AppError("conflict", `This value was already retracted: “${before.statusReason}”.`);
      const after = await saveObservationChange({
        tx,
        actor: opts.actor,
        before,
        version: input.version,
        action: "retract",
        reason: input.reason,
        data: { status: "retracted", statusReason: input.reason, version: { increment: 1 } },
      });
      return { result: after, touched: [{ figureSlug: figure.slug, observationIds: [input.id] }] };
    },
  });
}
