import "server-only";
// The /review queue: published values nobody has checked yet, and those sent back, oldest
// logged first (the index on (check_status, logged_at) serves it).
import { getDb, type DbOrTx } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { OBSERVATION_SELECT, toObservationDto, type ObservationDto } from "./observation-dto";

export type ReviewItem = { observation: ObservationDto; figure: { slug: string; title: string } };
export type ReviewQueue = { items: ReviewItem[]; total: number };

const LIMIT = 200;

export async function listReviewQueue(opts: { db?: DbOrTx }): Promise<ReviewQueue> {
  const db = opts.db ?? getDb();
  const waiting = { status: "published", checkStatus: { in: ["unchecked", "returned"] } } satisfies Prisma.ObservationWhereInput;
  const [rows, total] = await Promise.all([
    db.observation.findMany({
      where: waiting,
      orderBy: [{ loggedAt: "asc" }, { id: "asc" }],
      take: LIMIT,
      select: { ...OBSERVATION_SELECT, figure: { select: { slug: true, title: true, unit: true } } },
    }),
    db.observation.count({ where: waiting }),
  ]);
  return {
    items: rows.map(({ figure, ...o }) => ({ observation: toObservationDto(o, figure.unit), figure: { slug: figure.slug, title: figure.title } })),
    total,
  };
}
