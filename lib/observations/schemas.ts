// What an observation may look like on the way in. Numbers stay decimal strings end to end:
// they go into PostgreSQL `numeric` untouched, so "1.30" is never "1.3000000000000000444".
import { z } from "zod";
import { isoDate, isoDateTime } from "../validate";
import { compareDecimal } from "../values/decimal";
import { QUALIFIERS } from "../values/qualifiers";
import { ZNewOutlet } from "../outlets/schemas";
import { errorText } from "../i18n/error-text";
import { ZVersion } from "../revisions/schemas";

export const DATE_PRECISIONS = ["day", "month", "year", "fiscal_year"] as const;

export const ZQualifier = z.enum(QUALIFIERS, { error: errorText("chooseQualifier") });

/** Empty form fields arrive as "": treat them as absent. */
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/** "253,000", "1.5", "-3": thousands separators and spaces are dropped, nothing is rounded. */
/** JSON numbers are refused: 12345678901234567890 would arrive as …567000. Send "12345678901234567890". */
export const ZDecimal = z.preprocess(
  (v) => (typeof v === "string" ? v.replace(/[,\s\u00a0_]/g, "") : v),
  z
    .string({
      error: (issue) =>
        typeof issue.input === "number"
          ? 'Send the number as a decimal string in quotes, like "43" (a JSON number loses digits).'
          : "Enter a number.",
    })
    .regex(/^-?\d{1,30}(\.\d{1,20})?$/, "Enter a plain number like 43, 253,000 or 1.5 (no units or words)."),
);

export const ZIsoDate = isoDate("Enter a date as YYYY-MM-DD.");

const ZCitedSources = z.preprocess(
  (v) =>
    typeof v === "string"
      ? v
          .split(/\s*(?:>|›|\n)\s*/)
          .map((s) => s.trim())
          .filter(Boolean)
      : v,
  z.array(z.string().trim().min(1).max(200, errorText("citedSourceLength"))).min(1, errorText("whoseNumber")),
);

/** The reported value and its provenance: what logging sets and an edit may change. */
const OBSERVATION_FIELDS = {
  qualifier: ZQualifier,
  value: optional(ZDecimal),
  low: optional(ZDecimal),
  high: optional(ZDecimal),
  refersStart: optional(ZIsoDate),
  refersEnd: optional(ZIsoDate),
  refersPrecision: optional(z.enum(DATE_PRECISIONS)),
  refersLabel: optional(z.string().trim().max(200)),
  reportedOn: ZIsoDate,
  reportedAt: optional(isoDateTime("Enter a time like 2025-10-24T14:30:00Z.")),
  citedSources: ZCitedSources,
  url: optional(z.url({ protocol: /^https?$/, error: errorText("articleLink") })),
  quote: z.string().trim().min(3, errorText("pasteSentence")).max(5000),
  note: optional(z.string().trim().max(2000)),
};

type ObservationFields = z.output<z.ZodObject<typeof OBSERVATION_FIELDS>>;

/** The rules across fields, shared by logging and editing. */
function refineObservation(o: ObservationFields, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (o.qualifier === "range") {
    if (o.value !== undefined) issue("value", "A range has a low and/or a high, not a single value.");
    if (o.low === undefined && o.high === undefined) issue("low", "A range needs a low, a high, or both.");
    if (o.low !== undefined && o.high !== undefined && compareDecimal(o.low, o.high) > 0) {
      issue("high", "The high end must not be below the low end.");
    }
  } else {
    if (o.value === undefined) issue("value", "Enter the reported number.");
    if (o.low !== undefined || o.high !== undefined) issue("qualifier", "Low and high are only for a range.");
  }
  if (o.refersStart && o.refersEnd && o.refersStart > o.refersEnd) {
    issue("refersEnd", "The period cannot end before it starts.");
  }
}

export const ZLogObservation = z
  .object({
    figureSlug: z.string({ error: errorText("chooseFigure") }).min(1, errorText("chooseFigure")),
    outletId: optional(z.uuid({ error: errorText("pickOutletFromList") })),
    newOutlet: optional(ZNewOutlet),
    ...OBSERVATION_FIELDS,
  })
  .superRefine((o, ctx) => {
    if (!o.outletId && !o.newOutlet)
      ctx.addIssue({ code: "custom", path: ["outletId"], message: errorText("pickOrAddOutlet") });
    refineObservation(o, ctx);
  });

export type TLogObservation = z.input<typeof ZLogObservation>;
export type LogObservationInput = z.output<typeof ZLogObservation>;

// ---- Corrections and checks ----

const ZId = z.uuid({ error: errorText("notObservationId") });
const ZReason = z.string().trim().min(3, errorText("sayWhy")).max(2000);

/** An edit: every field as the log form has it, the outlet picked from the list, and the version the editor saw. */
export const ZUpdateObservation = z
  .object({
    id: ZId,
    version: ZVersion,
    outletId: z.uuid({ error: errorText("pickOutletFromList") }),
    ...OBSERVATION_FIELDS,
    reason: optional(z.string().trim().max(2000)),
  })
  .superRefine(refineObservation);
export type TUpdateObservation = z.input<typeof ZUpdateObservation>;
export type UpdateObservationInput = z.output<typeof ZUpdateObservation>;

export const ZRetractObservation = z.object({ id: ZId, version: ZVersion, reason: ZReason });
export type TRetractObservation = z.input<typeof ZRetractObservation>;

export const ZCheckObservation = z
  .object({
    id: ZId,
    version: ZVersion,
    decision: z.enum(["checked", "returned"], { error: errorText("chooseCheckOrSendBack") }),
    comment: optional(z.string().trim().max(2000)),
  })
  .superRefine((o, ctx) => {
    if (o.decision === "returned" && !o.comment) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: errorText("sayWhatNeedsFixing") });
    }
  });
export type TCheckObservation = z.input<typeof ZCheckObservation>;
