import "server-only";
// The one write path for a newly reported value: validate, then create the outlet if it is
// new, the observation and their revisions in one transaction — all of it, or nothing.
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { publishChange } from "../live/publish-change";
import { parseInput } from "../validate";
import { insertObservation } from "./insert-observation";
import type { ObservationDto } from "./observation-dto";
import { ZLogObservation } from "./schemas";

export async function logObservation(opts: { db: Db; actor: Actor; input: unknown }): Promise<ObservationDto> {
  const input = parseInput(ZLogObservation, opts.input);
  return opts.db.$transaction(async (tx) => {
    const dto = await insertObservation({ tx, actor: opts.actor, input });
    // Open dashboards and figure pages hear of it once this commits (lib/live).
    await publishChange({ tx, change: { kind: "observation", figureSlug: input.figureSlug, observationId: dto.id } });
    return dto;
  });
}
