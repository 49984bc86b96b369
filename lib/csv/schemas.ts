// The filters every export and the observations API understand, as query parameters:
// ?outlets=ap,reuters&reportedFrom=2025-10-01&reportedTo=…&refersFrom=…&refersTo=…
//  &includeRetracted=1&asOf=2025-11-01&bom=1
import { z } from "zod";
import { isoDate } from "../validate";
import { ZSlug } from "../figures/schemas";
import { errorText } from "../i18n/error-text";

const blank = (v: unknown) => (v === "" || v === null ? undefined : v);
const date = (description: string) =>
  z.preprocess(blank, isoDate("Use a date like 2025-10-24.").optional()).meta({ description });
const flag = (description: string) =>
  z
    .preprocess(blank, z.enum(["1", "0", "true", "false"], { error: errorText("useOneOrZero") }).optional())
    .transform((v) => v === "1" || v === "true")
    .meta({ description });

export const ZObservationFilters = z
  .object({
    outlets: z
      .preprocess(
        (v) => (typeof v === "string" && v.trim() !== "" ? v.split(",").map((s) => s.trim()) : undefined),
        z.array(ZSlug).max(100, "At most 100 outlets.").optional(),
      )
      .meta({ description: "Comma-separated outlet slugs (e.g. `associated-press,reuters`).", type: "string" }),
    reportedFrom: date("Reported on or after this date."),
    reportedTo: date("Reported on or before this date."),
    refersFrom: date("Refers to a period that ends on or after this date."),
    refersTo: date("Refers to a period that starts on or before this date."),
    includeRetracted: flag("Include retracted values (default: no)."),
    asOf: date("The data as the desk knew it at the end of this day (UTC), rebuilt from the revision history."),
  })
  .superRefine((q, ctx) => {
    if (q.reportedFrom && q.reportedTo && q.reportedFrom > q.reportedTo)
      ctx.addIssue({ code: "custom", path: ["reportedTo"], message: errorText("reportedToBeforeFrom") });
    if (q.refersFrom && q.refersTo && q.refersFrom > q.refersTo)
      ctx.addIssue({ code: "custom", path: ["refersTo"], message: errorText("refersToBeforeFrom") });
  });
export type ObservationFilters = z.output<typeof ZObservationFilters>;

export const ZCsvExportQuery = ZObservationFilters.safeExtend({
  bom: flag("Start the file with a UTF-8 byte order mark (for spreadsheets that want one)."),
});
export type CsvExportQuery = z.output<typeof ZCsvExportQuery>;

/** URLSearchParams → a plain object zod can parse (last value wins). */
export const queryObject = (url: string): Record<string, string> => Object.fromEntries(new URL(url).searchParams);
