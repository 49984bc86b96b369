import type { Prisma } from "../db/client";

export const OUTLET_SELECT = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  domains: true,
  mergedIntoId: true,
  version: true,
} satisfies Prisma.OutletSelect;

export type OutletDto = Prisma.OutletGetPayload<{ select: typeof OUTLET_SELECT }>;
