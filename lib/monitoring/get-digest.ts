import "server-only";
// The daily digest for a topic: per figure, the values logged and the alerts opened in the
// 24 hours before `now`. Figures with nothing new are left out.
import { getDb, type Db } from "../db/client";
import {
  OBSERVATION_ORDER,
  OBSERVATION_SELECT,
  toObservationDto,
  type ObservationDto,
} from "../observations/observation-dto";
import { parseInput } from "../validate";
import { ALERT_SELECT, toAlertDto, type AlertDto } from "./alert-dto";
import { systemClock, type Clock } from "./clock";
import { ZDigestQuery } from "./schemas";

export type Digest = {
  topic: string | null;
  topics: string[];
  since: string;
  until: string;
  figures: { slug: string; title: string; unit: string; observations: ObservationDto[]; alerts: AlertDto[] }[];
};

const DAY_MS = 86_400_000;

export async function getDigest(opts: { db?: Db; query: unknown; clock?: Clock }): Promise<Digest> {
  const db = opts.db ?? getDb();
  const { topic } = parseInput(ZDigestQuery, opts.query);
  const until = (opts.clock ?? systemClock)();
  const since = new Date(until.getTime() - DAY_MS);
  const window = { gte: since, lte: until };
  const figures = await db.figure.findMany({
    where: topic ? { topics: { has: topic } } : {},
    orderBy: { title: "asc" },
    select: {
      slug: true,
      title: true,
      unit: true,
      observations: { where: { loggedAt: window }, orderBy: OBSERVATION_ORDER, select: OBSERVATION_SELECT },
      alerts: { where: { createdAt: window }, orderBy: { createdAt: "desc" }, select: ALERT_SELECT },
    },
  });
  const all = await db.figure.findMany({ select: { topics: true } });
  return {
    topic: topic ?? null,
    topics: [...new Set(all.flatMap((f) => f.topics))].sort(),
    since: since.toISOString(),
    until: until.toISOString(),
    figures: figures
      .filter((f) => f.observations.length || f.alerts.length)
      .map((f) => ({
        slug: f.slug,
        title: f.title,
        unit: f.unit,
        observations: f.observations.map((o) => toObservationDto(o, f.unit)),
        alerts: f.alerts.map(toAlertDto),
      })),
  };
}
