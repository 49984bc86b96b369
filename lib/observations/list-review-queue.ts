import "server-only";
// The /review queue: published values nobody has checked yet, and those sent back, oldest
// logged first (the index on (check_status, logged_at) serves it). Filters narrow it by figure,
// topic, who logged it and how long it has waited; the options list what the whole queue holds.
import { z } from "zod";
import { getDb, type DbOrTx } from "../db/client";
import type { Prisma } from "../db/client";
import { parseInput } from "../validate";
import { OBSERVATION_SELECT, toObservationDto, type ObservationDto } from "./observation-dto";

export type ReviewItem = { observation: ObservationDto; figure: { slug: string; title: string; unit: string } };
export type ReviewFilterOptions = { figures: { slug: string; title: string }[]; topics: string[]; loggers: string[] };
export type ReviewQueue = { items: ReviewItem[]; total: number; options: ReviewFilterOptions };

/** Waiting longer than this many days. */
export const REVIEW_AGES = ["1", "7", "30"] as const;

const blank = (v: unknown) => (v === "" ? undefined : v);
export const ZReviewFilters = z.object({
  figure: z.preprocess(blank, z.string().max(200).optional()),
  topic: z.preprocess(blank, z.string().max(100).optional()),
  loggedBy: z.preprocess(blank, z.string().max(200).optional()),
  age: z.preprocess(blank, z.enum(REVIEW_AGES, { error: "Choose an age of 1, 7 or 30 days." }).optional()),
});
export type TReviewFilters = z.input<typeof ZReviewFilters>;

const LIMIT = 200;

export async function listReviewQueue(opts: { db?: DbOrTx; filters?: unknown; now?: Date }): Promise<ReviewQueue> {
  const db = opts.db ?? getDb();
  const f = parseInput(ZReviewFilters, opts.filters ?? {});
  const waiting = {
    status: "published",
    checkStatus: { in: ["unchecked", "returned"] },
  } satisfies Prisma.ObservationWhereInput;
  const olderThan = f.age ? new Date((opts.now ?? new Date()).getTime() - Number(f.age) * 86_400_000) : undefined;
  const filtered: Prisma.ObservationWhereInput = {
    ...waiting,
    ...(f.figure || f.topic
      ? { figure: { ...(f.figure ? { slug: f.figure } : {}), ...(f.topic ? { topics: { has: f.topic } } : {}) } }
      : {}),
    ...(f.loggedBy ? { loggedBy: f.loggedBy } : {}),
    ...(olderThan ? { loggedAt: { lt: olderThan } } : {}),
  };
  const [rows, total, figures, loggers] = await Promise.all([
    db.observation.findMany({
      where: filtered,
      orderBy: [{ loggedAt: "asc" }, { id: "asc" }],
      take: LIMIT,
      select: { ...OBSERVATION_SELECT, figure: { select: { slug: true, title: true, unit: true } } },
    }),
    db.observation.count({ where: filtered }),
    db.figure.findMany({
      where: { observations: { some: waiting } },
      select: { slug: true, title: true, topics: true },
      orderBy: { title: "asc" },
    }),
    db.observation.groupBy({ by: ["loggedBy"], where: waiting, orderBy: { loggedBy: "asc" } }),
  ]);
  return {
    items: rows.map(({ figure, ...o }) => ({
      observation: toObservationDto(o, figure.unit),
      figure: { slug: figure.slug, title: figure.title, unit: figure.unit },
    })),
    total,
    options: {
      figures: figures.map(({ slug, title }) => ({ slug, title })),
      topics: [...new Set(figures.flatMap((x) => x.topics))].sort(),
      loggers: loggers.map((l) => l.loggedBy),
    },
  };
}
