import "server-only";
import { getDb, type Db } from "../db/client";
import { WEBHOOK_SELECT, toWebhookDto, type WebhookDto } from "./webhook-dto";

export async function listWebhooks(opts: { db?: Db }): Promise<WebhookDto[]> {
  const db = opts.db ?? getDb();
  const rows = await db.webhook.findMany({ select: WEBHOOK_SELECT, orderBy: { createdAt: "desc" } });
  return rows.map(toWebhookDto);
}
