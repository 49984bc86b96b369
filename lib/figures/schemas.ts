import { z } from "zod";
import { isoDate, isoDateTime } from "../validate";
import { errorText } from "../i18n/error-text";

/** How a figure accumulates over time: the one list (the database enum FigureKind has the same members). */
export const FIGURE_KINDS = ["cumulative", "level", "flow", "change"] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export const ZSlug = z
  .string()
  .trim()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single hyphens (e.g. us-aid-colombia).");

/**
 * The Spanish title and description (figure_translation, lib/figures/write-figure-translation.ts).
 * Left out: unchanged; a blank title: no translation (the pages fall back to the original).
 */
const ZFigureTranslationFields = {
  titleEs: z
    .string()
    .trim()
    .refine((v) => v === "" || v.length >= 3, errorText("figureTitle"))
    .max(200)
    .optional(),
  descriptionEs: z.string().trim().max(2000).optional(),
};

function requireTitleWithDescription(v: { titleEs?: string; descriptionEs?: string }, ctx: z.RefinementCtx) {
  if (v.descriptionEs && !v.titleEs)
    ctx.addIssue({ code: "custom", path: ["titleEs"], message: errorText("translatedTitleNeeded") });
}

export const ZCreateFigure = z
  .object({
    slug: ZSlug,
    title: z.string().trim().min(3).max(200),
    description: z.string().trim().max(2000).default(""),
    unit: z.string().trim().min(1).max(40),
    kind: z.enum(FIGURE_KINDS),
    topics: z.array(z.string().trim().min(1).max(80)).max(20).default([]),
    ...ZFigureTranslationFields,
  })
  .superRefine(requireTitleWithDescription);
export type TCreateFigure = z.input<typeof ZCreateFigure>;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const FIGURE_SORTS = ["recent", "disagreement", "title"] as const;

export const ZListFiguresQuery = z.object({
  topic: z
    .preprocess(blankToUndefined, z.string().trim().max(80).optional())
    .meta({ description: "Only figures with this topic.", example: "caribbean-strikes" }),
  /** full-text search over titles, descriptions, quotes and outlet names */
  q: z
    .preprocess(blankToUndefined, z.string().trim().max(200).optional())
    .meta({ description: "Full-text search over titles, descriptions, quotes and outlet names." }),
  sort: z
    .preprocess(blankToUndefined, z.enum(FIGURE_SORTS).default("recent"))
    .meta({ description: "`recent` (newest report first), `disagreement` (widest spread first) or `title`." }),
  page: z.coerce.number().int().min(1).max(100_000).default(1).meta({ description: "Page number, from 1." }),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(48)
    .meta({ description: "Figures per page (at most 200)." }),
});
export type TListFiguresQuery = z.input<typeof ZListFiguresQuery>;

/** `?asOf=2025-10-26` (the end of that day, UTC) or an exact instant `2025-10-26T14:00:00Z`. */
export const ZAsOf = z.union([isoDate("Use YYYY-MM-DD."), isoDateTime()], {
  error: errorText("giveDate"),
});

const ZTopics = z.preprocess(
  (v) =>
    typeof v === "string"
      ? v
          .split(",")
          .map((t) => t.trim())
          .filter(Boolean)
      : v,
  z.array(z.string().trim().min(1).max(80)).max(20, "At most 20 topics."),
);

/** Editing a figure: everything but its slug (links to it must keep working). */
export const ZUpdateFigure = z
  .object({
    id: z.uuid(),
    version: z.coerce
      .number({ error: errorText("versionLost") })
      .int()
      .min(1),
    title: z.string().trim().min(3, errorText("figureTitle")).max(200),
    description: z.string().trim().max(2000).default(""),
    unit: z.string().trim().min(1, errorText("giveUnit")).max(40),
    kind: z.enum(FIGURE_KINDS, { error: errorText("pickFigureKind") }),
    topics: ZTopics,
    ...ZFigureTranslationFields,
  })
  .superRefine(requireTitleWithDescription);
export type TUpdateFigure = z.input<typeof ZUpdateFigure>;

const flag = z.preprocess((v) => v === true || v === "1" || v === "true", z.boolean());

export const ZTablePageQuery = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).default(1).meta({ description: "Page number, from 1." }),
  pageSize: z.coerce.number().int().min(1).max(200).default(50).meta({ description: "Rows per page (at most 200)." }),
  retracted: flag.default(false).meta({ description: "`1` to include retracted values." }),
});
export type TTablePageQuery = z.input<typeof ZTablePageQuery>;

/** Archive a story (its silence is history: no staleness, no alerts) or follow it again. */
export const ZArchiveFigure = z.object({
  id: z.uuid(),
  version: z.coerce.number({ error: "The form lost its version; reload the page." }).int().min(1),
  archived: z.preprocess((v) => v === true || v === "1" || v === "true" || v === "on", z.boolean()),
  note: z.string().trim().max(500, "Keep the note under 500 characters.").default(""),
});
export type TArchiveFigure = z.input<typeof ZArchiveFigure>;
