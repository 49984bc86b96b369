import "server-only";
// An admin adds an endpoint. The secret is stored as given (it must sign every delivery) and
// never shown again in full; revisions record the endpoint without it. The target must be a public
// address, or allow-listed (lib/monitoring/webhook-target.ts).
import type { Actor } from "../auth/actor";
import { getDb, type Db } from "../db/client";
import { writeRevision } from "../revisions/write-revision";
import { parseInput } from "../validate";
import { ZCreateWebhook } from "./schemas";
import { assertWebhookTarget } from "./webhook-target";
import { WEBHOOK_SELECT, toWebhookDto, type WebhookDto } from "./webhook-dto";

export async function createWebhook(opts: { db?: Db; actor: Actor; input: unknown }): Promise<WebhookDto> {
  const db = opts.db ?? getDb();
  const input = parseInput(ZCreateWebhook, opts.input);
  await assertWebhookTarget(input.url);
  return db.$transaction(async (tx) => {
    const row = await tx.webhook.create({
      data: {
        ...input,
        rules: [...new Set(input.rules)],
        events: [...new Set(input.events)],
        createdBy: opts.actor.name,
      },
      select: WEBHOOK_SELECT,
    });
    const dto = toWebhookDto(row);
    await writeRevision({
      tx,
      entityType: "webhook",
      entityId: dto.id,
      action: "create",
      after: dto,
      actor: opts.actor,
    });
    return dto;
  });
}
