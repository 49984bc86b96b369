import { z } from "zod";
import { errorText } from "../i18n/error-text";

/** A topic as stored on figures and events. */
export const ZTopic = z.string().trim().min(1).max(80);

/**
 * Manage → Topics: a topic's Spanish name. Blank removes it (pages show the stored name).
 * `version`: the name's version the editor saw, 0 when it had none.
 */
export const ZSaveTopicName = z.object({
  topic: ZTopic,
  nameEs: z.string().trim().max(80).default(""),
  version: z.coerce
    .number({ error: errorText("versionLost") })
    .int()
    .min(0),
});
export type TSaveTopicName = z.infer<typeof ZSaveTopicName>;
