// Bodies of the observation write routes (JSON API). The same rules as the log form: a patch
// is merged onto the stored value and the result validated with ZLogObservation.
import { z } from "zod";
import { isoDateTime } from "../validate";
import { ZNewOutlet } from "../outlets/schemas";
import { DATE_PRECISIONS, ZDecimal, ZIsoDate, ZQualifier } from "./schemas";

const clearable = <T extends z.ZodType>(s: T) => s.nullable().optional();

export const ZObservationCreateBody = z
  .object({
    outletId: z.uuid().optional().meta({ description: "An existing outlet's id (GET /api/outlets)." }),
    newOutlet: ZNewOutlet.optional().meta({ description: "Or a new outlet, created with the value." }),
    qualifier: ZQualifier,
    value: ZDecimal.optional().meta({ description: "Decimal string, exactly as reported (not for a range).", example: "43" }),
    low: ZDecimal.optional(),
    high: ZDecimal.optional(),
    refersStart: ZIsoDate.optional(),
    refersEnd: ZIsoDate.optional(),
    refersPrecision: z.enum(DATE_PRECISIONS).optional(),
    refersLabel: z.string().max(200).optional(),
    reportedOn: ZIsoDate,
    reportedAt: isoDateTime().optional(),
    citedSources: z.array(z.string().min(1).max(200)).min(1).meta({ description: "Whom the outlet cites, nearest first." }),
    url: z.url().optional(),
    quote: z.string().min(3).max(5000),
    note: z.string().max(2000).optional(),
  })
  .meta({ id: "ObservationCreate" });

export const ZObservationPatch = z
  .object({
    outletId: z.uuid().optional(),
    qualifier: ZQualifier.optional(),
    value: clearable(ZDecimal),
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
  .object({ reason: z.string().trim().min(3, "Say why it is retracted.").max(500) })
  .meta({ id: "RetractObservation" });

/** `If-Match: 3` or `If-Match: "3"` → 3. */
export const ZIfMatch = z
  .string({ error: "Send If-Match with the version you edited (the observation's `version`)." })
  .regex(/^(W\/)?"?\d{1,9}"?$/, "If-Match must be the observation's version, e.g. 3.")
  .transform((v) => Number(v.replace(/^W\//, "").replace(/"/g, "")));
