// What the import route answers (documented in OpenAPI, checked by tests).
import { z } from "zod";
import { FIGURE_KINDS } from "../figures/schemas";

/** A query flag: `1` is true; absent, empty or `0` is false; anything else is refused with `error`. */
const zFlag = (error: string, description: string) =>
  z
    .preprocess((v) => (v === "" || v === undefined ? "0" : v), z.enum(["0", "1"], { error }))
    .transform((v) => v === "1")
    .meta({ description, type: "string" });

export const ZImportQuery = z.object({
  commit: zFlag(
    "Use commit=1 to write, or leave it out for a dry run.",
    "1 writes the file (all rows or none); otherwise a dry run that writes nothing.",
  ),
  restore: zFlag(
    "Use restore=1 for an admin's restore, or leave it out.",
    "Admins only. 1 keeps the file's provenance (logged_by, logged_at, check_status, checked_by, checked_at, version), " +
      "e.g. to restore a backup; the revisions say so. Otherwise those columns are ignored.",
  ),
});

const ZImportError = z.object({
  row: z.number().int().meta({ description: "Line in the file (the header is line 1; 0 = the whole file)." }),
  column: z.string(),
  message: z.string(),
});

export const ZImportDryRun = z
  .object({
    rows: z.number().int(),
    restore: z.boolean().meta({ description: "true for an admin's restore, which keeps the file's provenance." }),
    ignoredColumns: z.array(z.string()).meta({
      description: "Provenance columns in the file that a normal import ignores: the importer logs every row.",
    }),
    toCreate: z.number().int(),
    alreadyThere: z
      .number()
      .int()
      .meta({ description: "Rows whose observation_id or natural key is already stored: skipped." }),
    newFigures: z.array(
      z.object({
        slug: z.string(),
        title: z.string(),
        unit: z.string(),
        kind: z.enum(FIGURE_KINDS).meta({
          description: "The kind it will be created with: the file's figure_kind, or level when the file gives none.",
        }),
        isKindDefault: z
          .boolean()
          .meta({ description: "true when the file gave no figure_kind for it and level is assumed." }),
      }),
    ),
    newOutlets: z.array(z.object({ name: z.string(), kind: z.string() })),
    newSources: z.array(z.object({ name: z.string(), kind: z.string() })).meta({
      description: "Origins no known source matches, that the file gives an origin_kind for: created on commit.",
    }),
    preview: z.array(
      z.object({
        row: z.number().int(),
        figureSlug: z.string(),
        outlet: z.string(),
        qualifier: z.string(),
        value: z.string().nullable(),
        low: z.string().nullable(),
        high: z.string().nullable(),
        reportedOn: z.string(),
        quote: z.string(),
      }),
    ),
    errors: z.array(ZImportError),
    notes: z.array(z.string()).meta({
      description:
        "What was read generously and is worth a look before committing, e.g. `reported_on: 12 dates read day first, e.g. line 2: “25/10/2025” → 2025-10-25.`",
    }),
  })
  .meta({ id: "ImportDryRun" });

export const ZImportCommitted = z
  .object({
    created: z.number().int(),
    alreadyThere: z.number().int(),
    newFigures: z.number().int(),
    newOutlets: z.number().int(),
    newSources: z.number().int(),
  })
  .meta({ id: "ImportCommitted" });

export const ZImportRefused = z
  .object({
    error: z.object({ code: z.literal("validation_failed"), message: z.string(), rows: z.array(ZImportError) }),
  })
  .meta({ id: "ImportRefused" });
