import { z } from "zod";

export const FIGURE_KINDS = ["cumulative", "level", "flow", "change"] as const;

export const ZSlug = z
  .string()
  .trim()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single hyphens (e.g. us-aid-colombia).");

export const ZCreateFigure = z.object({
  slug: ZSlug,
  title: z.string().trim().min(3).max(200),
  description: z.string().trim().max(2000).default(""),
  unit: z.string().trim().min(1).max(40),
  kind: z.enum(FIGURE_KINDS),
  topics: z.array(z.string().trim().min(1).max(80)).max(20).default([]),
});
export type TCreateFigure = z.input<typeof ZCreateFigure>;

export const ZListFiguresQuery = z.object({
  topic: z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().max(80).optional()),
});
export type TListFiguresQuery = z.input<typeof ZListFiguresQuery>;

/** `?asOf=2025-10-26` (the end of that day, UTC) or an exact instant `2025-10-26T14:00:00Z`. */
export const ZAsOf = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: "Give a date as YYYY-MM-DD (or a time like 2025-10-26T14:00:00Z).",
});
