// The shipped directory of common news agencies, outlets and official sources, in English and
// Spanish: each with its kind, domains and the ways reports name it. The entries are data, kept in
// directory.json (checked here when the module loads, so a bad edit fails every test at once). The
// migration `sources` writes these rows; the resolver (resolve-source.ts) and the outlet-from-link
// proposal read them. Aliases are matched after normalising (lib/sources/normalize.ts): letter
// case, accents, dots ("U.S." = "US") and punctuation do not matter, and an alias matches inside a
// longer phrase ("according to AFP tallies" → AFP). Keep aliases specific: "US" alone would match
// "told us".
import { z } from "zod";
import { OUTLET_KINDS } from "../outlets/schemas";
import entries from "./directory.json";

export const SOURCE_KINDS = ["news_agency", "government", "un_ngo", "research", "outlet_own", "other"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number]; // in words: the `directory` messages

const ZDirectoryEntry = z.strictObject({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  kind: z.enum(SOURCE_KINDS),
  /** the kind an outlet made from this entry gets */
  outletKind: z.enum(OUTLET_KINDS),
  domains: z.array(z.string().min(1)),
  aliases: z.array(z.string().min(1)).min(1),
});
export type DirectoryEntry = z.infer<typeof ZDirectoryEntry>;

export const SOURCE_DIRECTORY: DirectoryEntry[] = z.array(ZDirectoryEntry).parse(entries);
