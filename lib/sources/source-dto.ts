import type { Prisma } from "../db/client";

export const SOURCE_SELECT = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  aliases: true,
  domains: true,
  mergedIntoId: true,
  version: true,
} satisfies Prisma.SourceSelect;

export type SourceDto = Prisma.SourceGetPayload<{ select: typeof SOURCE_SELECT }>;
