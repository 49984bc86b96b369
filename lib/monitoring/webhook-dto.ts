import type { Prisma } from "../db/client";
import type { AlertRule } from "./types";

export const WEBHOOK_SELECT = {
  id: true,
  url: true,
  secret: true,
  rules: true,
  events: true,
  isActive: true,
  version: true,
  createdAt: true,
  createdBy: true,
} satisfies Prisma.WebhookSelect;

export type WebhookDto = {
  id: string;
  url: string;
  rules: AlertRule[];
  events: string[];
  isActive: boolean;
  version: number;
  createdAt: string;
  createdBy: string;
  /** the first characters only, so admins can tell secrets apart */
  secretHint: string;
};

export function toWebhookDto(r: Prisma.WebhookGetPayload<{ select: typeof WEBHOOK_SELECT }>): WebhookDto {
  const { secret, ...rest } = r;
  return { ...rest, createdAt: r.createdAt.toISOString(), secretHint: `${secret.slice(0, 4)}…` };
}
