// Bodies of the observation write routes (JSON API). The same rules as the log form: a patch
// is merged onto the stored value and the result validated with ZLogObservation.
import { z } from "zod";
import { isoDateTime } from "../validate";
import { ZNewOutlet } from "../outlets/schemas";
import { DATE_PRECISIONS, ZDecimal, ZIsoDate, ZQualifier } from "./schemas";
import { errorText } from "../i18n/error-text";

const clearable = <T extends z.ZodType>(s: T) => s.nullable().optional();

export const ZObservationCreateBody = z
  .object({
    outletId: z.uuid().optional().meta({ description: "An existing outlet's id (GET /api/outlets)." }),
    newOutlet: ZNewOutlet.optional().meta({
      description: "Or a new outlet, created with the value (give `outletId` or `newOutlet`).",
    }),
    qualifier: ZQualifier.meta({
      description: "How the number was qualified; `range` uses `low`/`high` instead of `value`.",
      example: "at_least",
    }),
    value: ZDecimal.optional().meta({
      description: "Decimal string, exactly as reported (not for a range).",
      example: "43",
    }),
    low: ZDecimal.optional().meta({ description: "A range's low end (decimal string)." }),
    high: ZDecimal.optional().meta({ description: "A range's high end (decimal string)." }),
    refersStart: ZIsoDate.optional().meta({ description: "First day of the period the value refers to." }),
    refersEnd: ZIsoDate.optional().meta({
      description: "Last day of the period the value refers to.",
      example: "2025-10-24",
    }),
    refersPrecision: z.enum(DATE_PRECISIONS).optional().meta({ description: "How precise the period is." }),
    refersLabel: z
      .string()
      .max(200)
      .optional()
      .meta({ description: 'The period in the reporter\'s words ("since early September").' }),
    reportedOn: ZIsoDate.meta({ description: "The day the outlet reported it.", example: "2025-10-25" }),
    reportedAt: isoDateTime().optional().meta({ description: "The time it was reported, when known." }),
    citedSources: z
      .array(z.string().min(1).max(200))
      .min(1)
      .meta({ description: "Whom the outlet cites, nearest first.", example: ["AFP tallies", "US figures"] }),
    url: z.url().optional().meta({ description: "Link to the report.", example: "https://example.com/news/strikes" }),
    quote: z.string().min(3).max(5000).meta({
      description: "The exact sentence that reports the number.",
      example: "At least 43 people have been killed, according to AFP tallies.",
    }),
    note: z.string().max(2000).optional().meta({ description: "The desk's note." }),
    force: z.boolean().optional().meta({
      description:
        "Save even if Tally has warnings (likely duplicate, unit not the figure's, a running total going down). Without it, any warning answers 409 with `error.warnings` and saves nothing.",
    }),
  })
  .meta({ id: "ObservationCreate" });

export const ZObservationPatch = z
  .object({
    outletId: z.uuid().optional(),
    qualifier: ZQualifier.optional(),
    value: clearable(ZDecimal).meta({
      description: "The new value (decimal string); only the fields sent change.",
      example: "61",
    }),
    low: clearable(ZDecimal),
    high: clearable(ZDecimal),
    refersStart: clearable(ZIsoDate),
    refersEnd: clearable(ZIsoDate),
    refersPrecision: clearable(z.enum(DATE_PRECISIONS)),
    refersLabel: clearable(z.string().max(200)),
    reportedOn: ZIsoDate.optional(),
    reportedAt: clearable(isoDateTime()),
    citedSources: z.array(z.string().min(1).max(200)).min(1).optional(),
    url: clearable(z.url()),
    quote: z.string().min(3).max(5000).optional(),
    note: clearable(z.string().max(2000)),
    reason: z.string().trim().max(500).optional().meta({ description: "Why it changed (kept in the history)." }),
  })
  .strict()
  .meta({ id: "ObservationPatch", description: "Only the fields to change; null clears an optional field." });
export type ObservationPatch = z.output<typeof ZObservationPatch>;

export const ZRetractBody = z
  .object({ reason: z.string().trim().min(3, errorText("retractWhy")).max(500) })
  .meta({ id: "RetractObservation" });
