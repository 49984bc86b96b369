import "server-only";
// Reads an observation for a change, holding its row lock until the transaction ends, so the
// `before` a revision records is exactly what the change replaced. Throws StaleEditError when
// the editor saw another version than the stored one (no version: the caller compares itself).
import type { DbOrTx } from "../db/client";
import { getObservation, type ObservationWithFigure } from "./get-observation";
import { StaleEditError } from "./stale-edit-error";

export async function lockObservation(opts: {
  tx: DbOrTx;
  id: string;
  version?: number;
}): Promise<ObservationWithFigure> {
  await opts.tx.$queryRaw`SELECT 1 FROM observation WHERE id = ${opts.id}::uuid FOR UPDATE`;
  const found = await getObservation({ db: opts.tx, id: opts.id });
  if (opts.version !== undefined && found.observation.version !== opts.version) throw staleEdit(found, opts.version);
  return found;
}

export function staleEdit(found: ObservationWithFigure, seen: number): StaleEditError {
  const current = found.observation;
  return new StaleEditError(
    `Another editor changed this value after you opened it (you had version ${seen}, it is now ${current.version}). Nothing of yours was saved.`,
    current,
  );
}
