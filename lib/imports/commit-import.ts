import "server-only";
// Commit an import: plan it again inside one transaction (so nothing changed in between), refuse
// the whole file if any row is wrong, else create the new figures and outlets, every observation
// and a revision for each — all of it, or nothing. Ids from an export are kept, so re-importing
// the same file finds them and creates nothing. Through writeObservations, like every write of
// observations: the figures' live notices go out with the commit, and monitoring runs after it.
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { IMPORTED_FIGURE_DESCRIPTION } from "../figures/tally-descriptions";
import { createFigure } from "../figures/create-figure";
import { formatReportedValue } from "../values/format-value";
import type { ObservationDto } from "../observations/observation-dto";
import { writeObservations } from "../observations/write-observations";
import { createOutlet } from "../outlets/create-outlet";
import { linkImportedCitations } from "../sources/link-imported-citations";
import type { ParsedCsv } from "./parse-import-csv";
import { planImport, type ImportError } from "./plan-import";

export type ImportResult = {
  created: number;
  alreadyThere: number;
  newFigures: number;
  newOutlets: number;
  newSources: number;
};
const CHUNK = 5_000;

/** 422 with every row's errors (`error.rows`), through the one error mapper (handleRoute). */
export class ImportRefused extends AppError {
  constructor(readonly errors: ImportError[]) {
    super(
      "validation_failed",
      `Nothing was imported: ${errors.length} ${errors.length === 1 ? "row has an error" : "errors"} to fix first.`,
    );
  }

  override get status(): number {
    return 422;
  }

  override extraBody() {
    return { rows: this.errors };
  }
}

/** The revision's reason: a restore says that its provenance came from the file. */
export const IMPORT_REASON = "CSV import";
export const RESTORE_REASON = "CSV restore by an admin: who logged and checked each value, and when, are the file's";

/** `restore` (admins only) keeps the file's logged_by/at, check_status, checked_by/at and version. */
export async function commitImport(opts: {
  db?: Db;
  actor: Actor;
  csv: ParsedCsv;
  restore?: boolean;
}): Promise<ImportResult> {
  const restore = opts.restore ?? false;
  if (restore && opts.actor.role !== "admin")
    throw new AppError("forbidden", "Only an admin can restore a file with its provenance.");
  return writeObservations({
    db: opts.db,
    timeout: 10 * 60_000,
    work: async (tx) => {
      const plan = await planImport({ db: tx, csv: opts.csv, restore });
      if (plan.errors.length) throw new ImportRefused(plan.errors);
      for (const f of plan.newFigures) {
        await createFigure({
          tx,
          actor: opts.actor,
          input: { slug: f.slug, title: f.title, unit: f.unit, kind: f.kind, description: IMPORTED_FIGURE_DESCRIPTION },
        });
      }
      for (const o of plan.newOutlets)
        await createOutlet({ tx, actor: opts.actor, input: { name: o.name, kind: o.kind as never } });
      const figures = new Map(
        (
          await tx.figure.findMany({
            where: { slug: { in: [...new Set(plan.create.map((r) => r.figureSlug))] } },
            select: { id: true, slug: true, unit: true },
          })
        ).map((f) => [f.slug, f]),
      );
      const outlets = new Map(
        (
          await tx.outlet.findMany({
            where: { name: { in: [...new Set(plan.create.map((r) => r.outletName))], mode: "insensitive" } },
            select: { id: true, slug: true, name: true, kind: true },
          })
        ).map((o) => [o.name.toLowerCase(), o]),
      );
      // Rows are logged in file order, a millisecond apart, so the rules see them as if logged by
      // hand one after another (which report came first matters to "new outlet" and "decrease").
      const start = Date.now();
      const loggedAtOf = (n: number) => new Date(start + n).toISOString();
      for (let i = 0; i < plan.create.length; i += CHUNK) {
        const chunk = plan.create.slice(i, i + CHUNK).map((r, j) => {
          const figure = figures.get(r.figureSlug)!;
          const outlet = outlets.get(r.outletName.toLowerCase())!;
          const x = r.input;
          const p = r.provenance;
          const dto: ObservationDto = {
            id: r.id,
            value: x.value ?? null,
            qualifier: x.qualifier,
            low: x.low ?? null,
            high: x.high ?? null,
            display: formatReportedValue({
              qualifier: x.qualifier,
              value: x.value ?? null,
              low: x.low ?? null,
              high: x.high ?? null,
              unit: figure.unit,
            }),
            refersStart: x.refersStart ?? null,
            refersEnd: x.refersEnd ?? null,
            refersPrecision: x.refersPrecision ?? null,
            refersLabel: x.refersLabel ?? null,
            reportedOn: x.reportedOn,
            reportedAt: x.reportedAt ? new Date(x.reportedAt).toISOString() : null,
            loggedAt: p.loggedAt ?? loggedAtOf(i + j),
            citedSources: x.citedSources,
            url: x.url ?? null,
            quote: x.quote,
            note: x.note ?? null,
            loggedBy: p.loggedBy ?? opts.actor.name,
            loggedById: p.loggedBy ? null : opts.actor.id,
            version: p.version,
            status: p.status,
            statusReason: p.statusReason,
            checkStatus: p.checkStatus,
            checkedBy: p.checkedBy,
            checkedAt: p.checkedAt,
            checkComment: null,
            outlet,
          };
          return { dto, figureId: figure.id };
        });
        // One INSERT … SELECT FROM unnest(arrays) per chunk: Prisma's createMany is ~100× slower here.
        const d = chunk.map((c) => c.dto);
        const col = <T>(f: (x: ObservationDto) => T) => d.map(f);
        await tx.$executeRawUnsafe(
          `INSERT INTO observation (id, figure_id, outlet_id, value, qualifier, low, high, refers_start, refers_end, refers_precision,
             refers_label, reported_on, reported_at, logged_at, cited_sources, url, quote, note, logged_by, logged_by_id, version,
             status, status_reason, check_status, checked_by, checked_at)
           SELECT t.id, t.figure_id, t.outlet_id, t.value, t.qualifier::"Qualifier", t.low, t.high, t.rs, t.re, t.rp::"DatePrecision",
                  t.rl, t.ro, t.ra, t.la, ARRAY(SELECT jsonb_array_elements_text(t.cs)), t.url, t.quote, t.note, t.lb, t.lbi, t.version,
                  t.status::"ObservationStatus", t.sr, t.cks::"CheckStatus", t.ckb, t.cka
             FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::numeric[], $5::text[], $6::numeric[], $7::numeric[], $8::date[], $9::date[],
                         $10::text[], $11::text[], $12::date[], $13::timestamptz[], $14::timestamptz[], $15::jsonb[], $16::text[], $17::text[],
                         $18::text[], $19::text[], $20::text[], $21::int[], $22::text[], $23::text[], $24::text[], $25::text[], $26::timestamptz[])
               AS t(id, figure_id, outlet_id, value, qualifier, low, high, rs, re, rp, rl, ro, ra, la, cs, url, quote, note, lb, lbi, version,
                    status, sr, cks, ckb, cka)`,
          col((x) => x.id),
          chunk.map((c) => c.figureId),
          col((x) => x.outlet.id),
          col((x) => x.value),
          col((x) => x.qualifier),
          col((x) => x.low),
          col((x) => x.high),
          col((x) => x.refersStart),
          col((x) => x.refersEnd),
          col((x) => x.refersPrecision),
          col((x) => x.refersLabel),
          col((x) => x.reportedOn),
          col((x) => x.reportedAt),
          col((x) => x.loggedAt),
          col((x) => JSON.stringify(x.citedSources)),
          col((x) => x.url),
          col((x) => x.quote),
          col((x) => x.note),
          col((x) => x.loggedBy),
          col((x) => x.loggedById),
          col((x) => x.version),
          col((x) => x.status),
          col((x) => x.statusReason),
          col((x) => x.checkStatus),
          col((x) => x.checkedBy),
          col((x) => x.checkedAt),
        );
        await tx.$executeRawUnsafe(
          `INSERT INTO revision (entity_type, entity_id, action, after, actor, actor_id, reason)
           SELECT 'observation', t.id, 'create', t.after, $3, $4, $5 FROM unnest($1::uuid[], $2::jsonb[]) AS t(id, after)`,
          col((x) => x.id),
          col((x) => JSON.stringify(x)),
          opts.actor.name,
          opts.actor.id,
          restore ? RESTORE_REASON : IMPORT_REASON,
        );
      }
      await linkImportedCitations({
        tx,
        actor: opts.actor,
        rows: plan.create.map((r) => ({ id: r.id, citedSources: r.input.citedSources, origin: r.origin })),
      });
      return {
        result: {
          created: plan.create.length,
          alreadyThere: plan.alreadyThere,
          newFigures: plan.newFigures.length,
          newOutlets: plan.newOutlets.length,
          newSources: plan.newSources.length,
        },
        touched: plan.create.map((r) => ({ figureSlug: r.figureSlug, observationIds: [r.id] })),
      };
    },
  });
}
