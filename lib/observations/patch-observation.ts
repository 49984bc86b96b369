import "server-only";
// The JSON API's edit (PATCH /api/observations/:id): only the fields sent change, merged onto
// the stored value, then saved through updateObservation — the same version check, revision and
// monitoring as the edit form. A version that is already stale when the request arrives is a
// 412 (If-Match failed); losing a race to another edit inside the save is updateObservation's 409.
import type { Actor } from "../auth/actor";
import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { parseInput } from "../validate";
import { ZObservationPatch } from "./api-schemas";
import { getObservation } from "./get-observation";
import type { ObservationDto } from "./observation-dto";
import { updateObservation } from "./update-observation";

export async function patchObservation(opts: {
  db?: Db;
  actor: Actor;
  id: string;
  expectedVersion: number;
  input: unknown;
}): Promise<ObservationDto> {
  const db = opts.db ?? getDb();
  const { reason, ...patch } = parseInput(ZObservationPatch, opts.input);
  const { observation: current } = await getObservation({ db, id: opts.id });
  if (current.version !== opts.expectedVersion) {
    throw new AppError(
      "precondition_failed",
      `This value changed since you loaded it (now version ${current.version}). Reload it and edit again.`,
    );
  }
  const stored = {
    outletId: current.outlet.id,
    qualifier: current.qualifier,
    value: current.value,
    low: current.low,
    high: current.high,
    refersStart: current.refersStart,
    refersEnd: current.refersEnd,
    refersPrecision: current.refersPrecision,
    refersLabel: current.refersLabel,
    reportedOn: current.reportedOn,
    reportedAt: current.reportedAt,
    citedSources: current.citedSources,
    url: current.url,
    quote: current.quote,
    note: current.note,
  };
  // null in a patch clears the field; absent keeps the stored value.
  const merged = Object.fromEntries(Object.entries({ ...stored, ...patch }).map(([k, v]) => [k, v ?? undefined]));
  return updateObservation({
    db,
    actor: opts.actor,
    input: { ...merged, id: opts.id, version: opts.expectedVersion, reason },
  });
}
