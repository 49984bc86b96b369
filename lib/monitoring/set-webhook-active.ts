import "server-only";
// Pause or resume an endpoint (never deleted: its delivery log stays).
import type { Actor } from "../auth/actor";
import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { writeRevision } from "../revisions/write-revision";
import { parseInput } from "../validate";
import { ZSetWebhookActive } from "./schemas";
import { WEBHOOK_SELECT, toWebhookDto, type WebhookDto } from "./webhook-dto";

export async function setWebhookActive(opts: { db?: Db; actor: Actor; input: unknown }): Promise<WebhookDto> {
  const db = opts.db ?? getDb();
  const input = parseInput(ZSetWebhookActive, opts.input);
  return db.$transaction(async (tx) => {
    const before = await tx.webhook.findUnique({ where: { id: input.webhookId }, select: WEBHOOK_SELECT });
    if (!before) throw new AppError("not_found", "There is no such webhook.");
    const n = await tx.webhook.updateMany({
      where: { id: input.webhookId, version: input.version },
      data: { isActive: input.isActive, version: { increment: 1 } },
    });
    if (n.count === 0)
      throw new AppError("conflict", "Someone else changed this webhook meanwhile. Reload and try again.");
    const after = toWebhookDto(
      (await tx.webhook.findUnique({ where: { id: input.webhookId }, select: WEBHOOK_SELECT }))!,
    );
    await writeRevision({
      tx,
      entityType: "webhook",
      entityId: after.id,
      action: "update",
      before: toWebhookDto(before),
      after,
      actor: opts.actor,
    });
    return after;
  });
}
