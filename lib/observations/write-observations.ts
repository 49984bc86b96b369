import "server-only";
// The one door for writing observations. Every verb that creates or changes observations (log,
// log several, edit, retract, check, import, outlet merge, demo data) runs its work through here:
// the work runs in ONE transaction and must return which observations it touched (the type
// demands it). Inside that transaction each touched figure gets its live notice (a NOTIFY, sent
// only if the transaction commits); after the commit, monitoring runs the rules over each touched
// figure and the figure.changed webhooks (CDN purges) are queued. So no write path can forget a
// side effect, and a new one gets them all for free.
import { getDb, type Db, type DbOrTx } from "../db/client";
import { publishChange, type LiveChange } from "../live/publish-change";
import { afterObservationWrite } from "../monitoring/after-observation-write";
import { queueFigurePurges } from "../monitoring/queue-figure-purges";

/** The observations a write touched, by figure. */
export type Touched = { figureSlug: string; observationIds: string[] };
export type ObservationWrite<T> = { result: T; touched: Touched[] };

/**
 * Past this many new values in one figure (a big import), the rules re-check each outlet's latest
 * report instead of looking at every new value: they compare each subject with all of the
 * figure's values, which for 100,000 imported rows would be 10^10 comparisons.
 */
export const MAX_RULE_SUBJECTS = 1_000;

/** One notice per figure: the observation itself when one changed, else the whole figure. */
const liveChangeOf = (t: Touched): Exclude<LiveChange, { kind: "resync" | "alert" }> =>
  t.observationIds.length === 1
    ? { kind: "observation", figureSlug: t.figureSlug, observationId: t.observationIds[0]! }
    : { kind: "figure", figureSlug: t.figureSlug };

function byFigure(touched: Touched[]): Touched[] {
  const ids = new Map<string, Set<string>>();
  for (const t of touched) {
    const set = ids.get(t.figureSlug) ?? new Set<string>();
    for (const id of t.observationIds) set.add(id);
    ids.set(t.figureSlug, set);
  }
  return [...ids].map(([figureSlug, set]) => ({ figureSlug, observationIds: [...set] }));
}

export async function writeObservations<T>(opts: {
  db?: Db;
  /** for long writes (imports): how long the transaction may run, in ms */
  timeout?: number;
  work: (tx: DbOrTx) => Promise<ObservationWrite<T>>;
}): Promise<T> {
  const db = opts.db ?? getDb();
  const { result, touched } = await db.$transaction(
    async (tx) => {
      const done = await opts.work(tx);
      const figures = byFigure(done.touched);
      for (const t of figures) await publishChange({ tx, change: liveChangeOf(t) });
      return { result: done.result, touched: figures };
    },
    opts.timeout ? { timeout: opts.timeout, maxWait: 10_000 } : undefined,
  );
  // After the commit: monitoring never undoes or fails a write (afterObservationWrite logs its errors).
  for (const t of touched) {
    const observationIds = t.observationIds.length <= MAX_RULE_SUBJECTS ? t.observationIds : undefined;
    await afterObservationWrite({ db, figureSlug: t.figureSlug, observationIds });
  }
  await queueFigurePurges({ db, figureSlugs: touched.map((t) => t.figureSlug) });
  return result;
}
