// A revision as pages read it: plain strings, and what changed already worked out.
import type { Prisma } from "../db/client";
import { diffSnapshots, type FieldChange } from "./diff-snapshots";

export const REVISION_SELECT = {
  id: true,
  entityType: true,
  entityId: true,
  action: true,
  before: true,
  after: true,
  actor: true,
  actorId: true,
  reason: true,
  createdAt: true,
} satisfies Prisma.RevisionSelect;

export type RevisionDto = {
  id: string;
  entityType: string;
  entityId: string;
  action: string;
  actor: string;
  reason: string | null;
  createdAt: string;
  /** the snapshots before and after the change (for an observation: its numbers, display value, outlet…) */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  changes: FieldChange[];
};

export function toRevisionDto(row: Prisma.RevisionGetPayload<{ select: typeof REVISION_SELECT }>): RevisionDto {
  return {
    id: row.id.toString(),
    entityType: row.entityType,
    entityId: row.entityId,
    action: row.action,
    actor: row.actor,
    reason: row.reason,
    createdAt: row.createdAt.toISOString(),
    before: (row.before as Record<string, unknown> | null) ?? null,
    after: (row.after as Record<string, unknown> | null) ?? null,
    // A create has no "before": listing every field as changed says nothing, so it lists none.
    changes: row.action === "create" ? [] : diffSnapshots(row.before, row.after),
  };
}
