import { z } from "zod";
import { isoDate } from "../validate";

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const EVENT_FIELDS = {
  date: isoDate("Enter a date as YYYY-MM-DD."),
  title: z.string().trim().min(3, "Give the event a short title.").max(200),
  url: z.preprocess(blank, z.url({ protocol: /^https?$/, error: "Enter a full link starting with https://." }).optional()),
  description: z.string().trim().max(2000).default(""),
  topic: z.preprocess(blank, z.string().trim().max(80).optional()),
};

export const ZCreateEvent = z.object(EVENT_FIELDS);
export type TCreateEvent = z.input<typeof ZCreateEvent>;

export const ZUpdateEvent = z.object({
  id: z.uuid(),
  version: z.coerce.number({ error: "The form lost its version; reload the page." }).int().min(1),
  ...EVENT_FIELDS,
});
export type TUpdateEvent = z.input<typeof ZUpdateEvent>;
