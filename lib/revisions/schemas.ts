import { z } from "zod";
import { errorText } from "../i18n/error-text";

/** The version of a row the editor saw: a save is refused if someone else changed it since. */
export const ZVersion = z.coerce
  .number({ error: errorText("versionLost") })
  .int()
  .min(1);
