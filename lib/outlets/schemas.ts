import { z } from "zod";
import { errorText } from "../i18n/error-text";
import { ZVersion, zMergePair } from "../revisions/schemas";

/** What kind of organisation an outlet is; the database enum OutletKind has the same members. */
export const OUTLET_KINDS = [
  "wire_agency",
  "newspaper",
  "broadcaster",
  "government",
  "un_agency_ngo",
  "other",
] as const;
export type OutletKind = (typeof OUTLET_KINDS)[number];

const DOMAIN = /^([a-z0-9-]+\.)+[a-z]{2,}$/;

/** An outlet's or a source's web domains: "apnews.com, ap.org" or one per line → ["apnews.com", "ap.org"]. */
export const ZDomains = z.preprocess(
  (v) =>
    typeof v === "string"
      ? v
          .split(/[\s,]+/)
          .map((d) => d.trim().toLowerCase())
          .filter(Boolean)
      : v,
  z.array(z.string().regex(DOMAIN, errorText("domainList"))).max(20),
);

/** A new outlet named while logging or importing a value; created with it. */
export const ZNewOutlet = z.object({
  name: z
    .string()
    .trim()
    .min(2, errorText("outletName"))
    .max(120)
    .meta({ description: "The outlet's name; matched to an existing one in any letter case.", example: "Reuters" }),
  kind: z
    .enum(OUTLET_KINDS)
    .default("other")
    .meta({ description: "What kind of organisation it is.", example: "wire_agency" }),
  // An empty form field arrives as "": absent.
  domain: z
    .preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      z.string().trim().toLowerCase().regex(DOMAIN, errorText("domainOne")).optional(),
    )
    .meta({ description: "Its web domain, so links from it are recognised later.", example: "reuters.com" }),
});

export const ZUpdateOutlet = z.object({
  id: z.uuid(),
  version: ZVersion,
  name: z.string().trim().min(2, errorText("outletName")).max(120),
  kind: z.enum(OUTLET_KINDS, { error: errorText("pickKind") }),
  domains: ZDomains,
});
export type TUpdateOutlet = z.input<typeof ZUpdateOutlet>;

export const ZMergeOutlets = zMergePair("Outlet");
export type TMergeOutlets = z.input<typeof ZMergeOutlets>;
