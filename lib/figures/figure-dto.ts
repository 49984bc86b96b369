import type { Prisma } from "../db/client";
import type { FigureKind } from "./schemas";

export const FIGURE_SELECT = {
  id: true,
  slug: true,
  title: true,
  description: true,
  unit: true,
  kind: true,
  topics: true,
  updatedAt: true,
  archivedAt: true,
  archiveNote: true,
} satisfies Prisma.FigureSelect;

export type FigureDto = {
  id: string;
  slug: string;
  title: string;
  description: string;
  unit: string;
  kind: FigureKind;
  topics: string[];
  updatedAt: string;
  /** set when the desk archived the story (lib/figures/archive-figure.ts): no staleness, no alerts */
  archived: FigureArchive | null;
};

export type FigureArchive = { at: string; note: string };

export function toFigureDto(row: Prisma.FigureGetPayload<{ select: typeof FIGURE_SELECT }>): FigureDto {
  const { archivedAt, archiveNote, ...rest } = row;
  return { ...rest, updatedAt: row.updatedAt.toISOString(), archived: archivedAt ? { at: archivedAt.toISOString(), note: archiveNote } : null };
}
