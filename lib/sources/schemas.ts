import { z } from "zod";
import { SOURCE_KINDS } from "./directory";
import { errorText } from "../i18n/error-text";
import { ZDomains } from "../outlets/schemas";
import { ZVersion, zMergePair } from "../revisions/schemas";

export const ZSourceKind = z.enum(SOURCE_KINDS, { error: errorText("pickKind") });

/** "AFP tallies; an AFP count" or one per line → ["AFP tallies", "an AFP count"]. */
const ZAliases = z.preprocess(
  (v) =>
    typeof v === "string"
      ? v
          .split(/\s*[;\n]\s*/)
          .map((a) => a.trim())
          .filter(Boolean)
      : v,
  z
    .array(z.string().trim().min(1).max(200, "Each alias must be under 200 characters."))
    .max(100, "At most 100 aliases."),
);

export const ZCreateSource = z.object({
  name: z.string().trim().min(2, errorText("sourceName")).max(120),
  kind: ZSourceKind,
  aliases: ZAliases.default([]),
  domains: ZDomains.default([]),
});
export type TCreateSource = z.input<typeof ZCreateSource>;

export const ZUpdateSource = ZCreateSource.extend({ id: z.uuid(), version: ZVersion });
export type TUpdateSource = z.input<typeof ZUpdateSource>;

export const ZMergeSources = zMergePair("Source");
export type TMergeSources = z.input<typeof ZMergeSources>;

/** An editor's decision for every step of every chain cited as `text`: it is `sourceId`. */
export const ZConfirmCitations = z.object({
  text: z.string().trim().min(1).max(200),
  sourceId: z.uuid({ error: errorText("pickSourceNamed") }),
});
export type TConfirmCitations = z.input<typeof ZConfirmCitations>;
