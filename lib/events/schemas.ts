import { z } from "zod";
import { isoDate } from "../validate";
import { errorText } from "../i18n/error-text";

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const EVENT_FIELDS = {
  date: isoDate("Enter a date as YYYY-MM-DD."),
  title: z.string().trim().min(3, errorText("eventTitle")).max(200),
  url: z.preprocess(blank, z.url({ protocol: /^https?$/, error: errorText("fullLink") }).optional()),
  description: z.string().trim().max(2000).default(""),
  topic: z.preprocess(blank, z.string().trim().max(80).optional()),
};

export const ZCreateEvent = z.object(EVENT_FIELDS);
export type TCreateEvent = z.input<typeof ZCreateEvent>;

export const ZUpdateEvent = z.object({
  id: z.uuid(),
  version: z.coerce
    .number({ error: errorText("versionLost") })
    .int()
    .min(1),
  ...EVENT_FIELDS,
});
export type TUpdateEvent = z.input<typeof ZUpdateEvent>;
