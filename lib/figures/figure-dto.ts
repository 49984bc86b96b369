import type { Prisma } from "../db/generated/client";
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
};

export function toFigureDto(row: Prisma.FigureGetPayload<{ select: typeof FIGURE_SELECT }>): FigureDto {
  return { ...row, updatedAt: row.updatedAt.toISOString() };
}
