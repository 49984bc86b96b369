import "server-only";
import { getDb, type DbOrTx } from "../db/client";
import type { Actor } from "./actor";

export type ApiTokenDto = {
  id: string;
  name: string;
  tokenPrefix: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

export async function listApiTokens(opts: { db?: DbOrTx; actor: Actor }): Promise<ApiTokenDto[]> {
  const db = opts.db ?? getDb();
  if (!opts.actor.id) return [];
  const rows = await db.apiToken.findMany({
    where: { userId: opts.actor.id },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      tokenPrefix: true,
      scopes: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
    },
  });
  return rows.map((r) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
  }));
}
