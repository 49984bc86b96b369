import "server-only";
// Loads the demo data (lib/demo/demo-data.ts) through the same domain functions editors use,
// so every row has its revision, and through writeObservations, so monitoring sees the values
// like any other write. Idempotent: what is already there is left alone.
import { DEMO_ACTOR } from "../auth/actor";
import type { Db } from "../db/client";
import { createFigure } from "../figures/create-figure";
import { DEMO_ARCHIVE_NOTE } from "../figures/tally-descriptions";
import { insertObservation } from "../observations/insert-observation";
import { ZLogObservation } from "../observations/schemas";
import { writeObservations, type Touched } from "../observations/write-observations";
import { createOutlet } from "../outlets/create-outlet";
import { writeRevision } from "../revisions/write-revision";
import { saveTopicName } from "../topics/save-topic-name";
import { parseInput } from "../validate";
import { DEMO_EVENTS, DEMO_FIGURES, DEMO_OUTLETS, DEMO_TOPIC_NAMES_ES } from "./demo-data";

const ACTOR = DEMO_ACTOR;

/**
 * The demo's stories were followed in autumn 2025. Their dates are kept as they were; the figures
 * come in as archived stories, so a new desk meets them as history (no STALE badges, no alerts)
 * rather than as a year of alarms. An editor can follow one again in Manage → Figures.
 */
export type LoadSummary = { figures: number; outlets: number; observations: number; events: number };

export async function loadDemoData(opts: { db?: Db }): Promise<LoadSummary> {
  return writeObservations({
    db: opts.db,
    timeout: 30_000,
    work: async (tx) => {
      const touched: Touched[] = [];
      const added: LoadSummary = { figures: 0, outlets: 0, observations: 0, events: 0 };
      const outletIds = new Map<string, string>();
      for (const o of DEMO_OUTLETS) {
        const existing = await tx.outlet.findUnique({ where: { name: o.name }, select: { id: true } });
        const id =
          existing?.id ?? (await createOutlet({ tx, actor: ACTOR, input: { name: o.name, kind: "other" } })).id;
        if (!existing) added.outlets++;
        outletIds.set(o.key, id);
      }
      for (const { observations, ...figure } of DEMO_FIGURES) {
        const found = await tx.figure.findUnique({ where: { slug: figure.slug }, select: { id: true } });
        const figureId =
          found?.id ??
          (
            await createFigure({
              tx,
              actor: ACTOR,
              input: figure,
              archive: { at: new Date(), note: DEMO_ARCHIVE_NOTE },
            })
          ).id;
        if (!found) added.figures++;
        for (const { outlet, ...obs } of observations) {
          const outletId = outletIds.get(outlet)!;
          const same = await tx.observation.findFirst({
            where: { figureId, outletId, quote: obs.quote, value: obs.value ?? null },
            select: { id: true },
          });
          if (same) continue;
          const input = parseInput(ZLogObservation, { ...obs, figureSlug: figure.slug, outletId });
          const saved = await insertObservation({ tx, actor: ACTOR, input });
          touched.push({ figureSlug: figure.slug, observationIds: [saved.id] });
          added.observations++;
        }
      }
      for (const [topic, nameEs] of Object.entries(DEMO_TOPIC_NAMES_ES)) {
        const named = await tx.topicTranslation.findUnique({ where: { topic_locale: { topic, locale: "es" } } });
        if (!named) await saveTopicName({ tx, actor: ACTOR, input: { topic, nameEs, version: 0 } });
      }
      for (const e of DEMO_EVENTS) {
        const date = new Date(`${e.date}T00:00:00Z`);
        if (await tx.event.findUnique({ where: { date_title: { date, title: e.title } }, select: { id: true } }))
          continue;
        const event = await tx.event.create({ data: { ...e, date }, select: { id: true, title: true, topic: true } });
        await writeRevision({
          tx,
          entityType: "event",
          entityId: event.id,
          action: "create",
          after: { ...e },
          actor: ACTOR,
        });
        added.events++;
      }
      return { result: added, touched };
    },
  });
}
