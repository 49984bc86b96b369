import { z } from "zod";
import { LANGS } from "./lexicons";
import { errorText } from "../i18n/error-text";

/** Longest text POST /api/extract reads (a long article); longer gets a 413. */
export const MAX_EXTRACT_CHARS = 20_000;

/** Per IP: this many texts per this many seconds. */
export const EXTRACT_LIMIT = { points: 60, durationSeconds: 60 };

export const ZExtractRequest = z.object({
  text: z.string({ error: errorText("sendTextAsString") }),
  /** the figure's unit, to preselect the matching candidate */
  unit: z.string().trim().max(40).optional(),
  /** the language to read the text as; "auto" (the default) detects it per sentence */
  lang: z
    .enum(["auto", ...LANGS], { error: `Choose the language to read: ${["auto", ...LANGS].join(", ")}.` })
    .optional()
    .meta({ description: "Read the text as this language; auto (default) detects it for each sentence." }),
});
