import "server-only";
// The one write path for a newly reported value: validate, then create the outlet if it is
// new, the observation and their revisions in one transaction — all of it, or nothing.
import type { Actor } from "../auth/actor";
import { getDb, type Db } from "../db/client";
import { afterObservationWrite } from "../monitoring/after-observation-write";
import { parseInput } from "../validate";
import { insertObservation } from "./insert-observation";
import type { ObservationDto } from "./observation-dto";
import { ZLogObservation } from "./schemas";

export async function logObservation(opts: { db?: Db; actor: Actor; input: unknown }): Promise<ObservationDto> {
  const db = opts.db ?? getDb();
  const input = parseInput(ZLogObservation, opts.input);
  const saved = await db.$transaction((tx) => insertObservation({ tx, actor: opts.actor, input }));
  await afterObservationWrite({ db, figureSlug: input.figureSlug, observationIds: [saved.id] });
  return saved;
}
