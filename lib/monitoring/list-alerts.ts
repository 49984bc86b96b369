import "server-only";
// Alerts for the /alerts page: newest first, filtered by status, figure, rule and free text
// (message and notes), so resolved alerts stay findable.
import { getDb, type Db } from "../db/client";
import type { Prisma } from "../db/client";
import { parseInput } from "../validate";
import { ALERT_SELECT, toAlertDto, type AlertDto } from "./alert-dto";
import { ZListAlertsQuery } from "./schemas";

export async function listAlerts(opts: { db?: Db; query: unknown; limit?: number }): Promise<AlertDto[]> {
  const db = opts.db ?? getDb();
  const q = parseInput(ZListAlertsQuery, opts.query);
  const text = q.q ? { contains: q.q, mode: "insensitive" as const } : undefined;
  const where: Prisma.AlertWhereInput = {
    ...(q.status === "all" ? {} : { status: q.status }),
    ...(q.figure ? { figure: { slug: q.figure } } : {}),
    ...(q.rule ? { rule: q.rule } : {}),
    ...(text
      ? { OR: [{ message: text }, { acknowledgeNote: text }, { resolveNote: text }, { figure: { title: text } }] }
      : {}),
  };
  const rows = await db.alert.findMany({
    where,
    select: ALERT_SELECT,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: opts.limit ?? 200,
  });
  return rows.map(toAlertDto);
}
