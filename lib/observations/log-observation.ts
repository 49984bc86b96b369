import "server-only";
// The one write path for a newly reported value: validate, then create the outlet if it is
// new, the observation and their revisions in one transaction — all of it, or nothing.
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { afterObservationWrite } from "../monitoring/after-observation-write";
import { parseInput } from "../validate";
import { insertObservation } from "./insert-observation";
import type { ObservationDto } from "./observation-dto";
import { ZLogObservation } from "./schemas";

export async function logObservation(opts: { db: Db; actor: Actor; input: unknown }): Promise<ObservationDto> {
  const input = parseInput(ZLogObservation, opts.input);
  const saved = await opts.db.$transaction((tx) => insertObservation({ tx, actor: opts.actor, input }));
  await afterObservationWrite({ db: opts.db, figureSlug: input.figureSlug, observationIds: [saved.id] });
  return saved;
}
