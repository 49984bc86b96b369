import "server-only";
// A figure as the desk knew it at a past moment, rebuilt from the append-only revision table:
// each observation revision's `after` holds the whole observation as it stood, so per
// observation the latest revision made by then is its state then. Observations logged later
// are absent; values edited or retracted later show as they were. Same shape as getFigure.
import type { DbOrTx } from "../db/client";
import { getReadDb } from "../db/read-db";
import { AppError } from "../errors";
import type { ObservationDto } from "../observations/observation-dto";
import { parseInput } from "../validate";
import { asOfCutoff } from "./as-of-cutoff";
import { getFigure, type FigureDetail } from "./get-figure";
import { headlineOfObservations } from "./headline-of-observations";
import { ZAsOf } from "./schemas";

/** OBSERVATION_ORDER, on DTOs: newest report first; same day → the one logged later first. */
function newestFirst(a: ObservationDto, b: ObservationDto): number {
  return (
    b.reportedOn.localeCompare(a.reportedOn) ||
    (b.reportedAt ?? "").localeCompare(a.reportedAt ?? "") ||
    b.loggedAt.localeCompare(a.loggedAt)
  );
}

export async function getFigureAsOf(opts: { db?: DbOrTx; slug: string; asOf: string }): Promise<FigureDetail> {
  const db = opts.db ?? (await getReadDb());
  const asOf = parseInput(ZAsOf, opts.asOf);
  const cutoff = asOfCutoff(asOf);
  const now = await getFigure({ db, slug: opts.slug });
  if (Number.isNaN(cutoff.getTime()))
    throw new AppError("validation_failed", "That date does not exist.", { asOf: ["Pick a real date."] });

  const [figureThen] = await db.$queryRaw<{ after: FigureDetail["figure"] }[]>`
    SELECT after FROM revision
    WHERE entity_type = 'figure' AND entity_id = ${now.figure.id} AND created_at <= ${cutoff} AND after IS NOT NULL
    ORDER BY created_at DESC, id DESC LIMIT 1`;
  const rows = await db.$queryRaw<{ after: ObservationDto }[]>`
    SELECT DISTINCT ON (r.entity_id) r.after
    FROM revision r
    JOIN observation o ON r.entity_id = o.id::text
    WHERE r.entity_type = 'observation' AND o.figure_id = ${now.figure.id}::uuid
      AND r.created_at <= ${cutoff} AND r.after IS NOT NULL
    ORDER BY r.entity_id, r.created_at DESC, r.id DESC`;

  const figure = figureThen ? { ...now.figure, ...figureThen.after } : now.figure;
  const observations = rows.map((r) => r.after).sort(newestFirst);
  return {
    figure,
    observations,
    events: now.events.filter((e) => e.date <= asOf.slice(0, 10)),
    // With the default "about" tolerance: settings have no past states.
    headline: headlineOfObservations({ observations, unit: figure.unit }),
  };
}
