import { z } from "zod";
import { errorText } from "../i18n/error-text";

/** The version of a row the editor saw: a save is refused if someone else changed it since. */
export const ZVersion = z.coerce
  .number({ error: errorText("versionLost") })
  .int()
  .min(1);

/** "These two are one" (outlets, sources): the duplicate, the one to keep, and why; the messages name the entity. */
export function zMergePair(entity: "Outlet" | "Source") {
  return z
    .object({
      duplicateId: z.uuid({ error: errorText(`pickDuplicate${entity}`) }),
      survivorId: z.uuid({ error: errorText(`pick${entity}ToKeep`) }),
      reason: z
        .string()
        .trim()
        .min(3, errorText(`same${entity}Why`))
        .max(2000),
    })
    .refine((o) => o.duplicateId !== o.survivorId, { path: ["survivorId"], message: errorText(`pickTwo${entity}s`) });
}
