import "server-only";
// One observation as a DTO, with the figure it belongs to.
import { getDb, type DbOrTx } from "../db/client";
import { AppError } from "../errors";
import { OBSERVATION_SELECT, toObservationDto, type ObservationDto } from "./observation-dto";

export type ObservationWithFigure = {
  observation: ObservationDto;
  figure: { id: string; slug: string; title: string; unit: string };
};

const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

export async function getObservation(opts: { db?: DbOrTx; id: string }): Promise<ObservationWithFigure> {
  const db = opts.db ?? getDb();
  const row = isUuid(opts.id)
    ? await db.observation.findUnique({
        where: { id: opts.id },
        select: { ...OBSERVATION_SELECT, figure: { select: { id: true, slug: true, title: true, unit: true } } },
      })
    : null;
  if (!row) throw new AppError("not_found", "There is no such observation.");
  const { figure, ...rest } = row;
  return { observation: toObservationDto(rest, figure.unit), figure };
}
