import "server-only";
// Revoking keeps the row (its name and last use stay visible) and stops it working at once.
import { getDb, type DbOrTx } from "../db/client";
import { AppError } from "../errors";
import type { Actor } from "./actor";

export async function revokeApiToken(opts: { db?: DbOrTx; actor: Actor; tokenId: string }): Promise<void> {
  const db = opts.db ?? getDb();
  if (!opts.actor.id) throw new AppError("unauthorized", "Sign in to manage API tokens.");
  const done = await db.apiToken.updateMany({
    where: { id: opts.tokenId, userId: opts.actor.id, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (done.count === 0) throw new AppError("not_found", "There is no such active token of yours.");
}
