// Site-wide settings, stored one row per key in `setting`, validated on the way in and out.
import { z } from "zod";

export const ZSiteSettings = z.object({
  /** false: anyone may read the dashboard, charts, CSV and API; true: only signed-in people. */
  signInRequired: z.boolean().default(false),
});
export type SiteSettings = z.infer<typeof ZSiteSettings>;

export const SITE_SETTINGS_KEY = "site";

export const ZUpdateSiteSettings = z.object({
  signInRequired: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
});
