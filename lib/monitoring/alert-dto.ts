// The plain shape an alert leaves lib/ in.
import type { Prisma } from "../db/client";
import type { AlertRule } from "./types";

export const ALERT_SELECT = {
  id: true,
  rule: true,
  status: true,
  observationIds: true,
  details: true,
  message: true,
  createdAt: true,
  acknowledgedAt: true,
  acknowledgedBy: true,
  acknowledgeNote: true,
  resolvedAt: true,
  resolvedBy: true,
  resolveNote: true,
  version: true,
  figure: { select: { id: true, slug: true, title: true, unit: true } },
} satisfies Prisma.AlertSelect;

type Row = Prisma.AlertGetPayload<{ select: typeof ALERT_SELECT }>;

export type AlertDto = {
  id: string;
  rule: AlertRule;
  status: "open" | "acknowledged" | "resolved";
  figure: { id: string; slug: string; title: string; unit: string };
  observationIds: string[];
  details: Record<string, unknown>;
  message: string;
  createdAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  acknowledgeNote: string | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
  resolveNote: string | null;
  version: number;
};

export function toAlertDto(r: Row): AlertDto {
  return {
    ...r,
    details: (r.details ?? {}) as Record<string, unknown>,
    createdAt: r.createdAt.toISOString(),
    acknowledgedAt: r.acknowledgedAt?.toISOString() ?? null,
    resolvedAt: r.resolvedAt?.toISOString() ?? null,
  };
}
