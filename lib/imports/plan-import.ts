import "server-only";
// The dry run: every row validated (with the log form's rules), matched against what is stored,
// and sorted into "will be created" and "already there". Nothing is written. Idempotent: a row is
// already there when its observation_id exists, or when a stored value of the same figure has the
// same outlet, report date, qualifier, numbers and quote (the natural key).
// A figure the database does not have is created from its first row's figure_title, unit and
// figure_kind; without a figure_kind it is a `level` (a value that stands at a moment, the least
// assuming kind), and the dry run says so, so the editor sees it before anything is written.
// Who logged and who checked a value is never taken from a file: a normal import is logged by the
// importer, now, unchecked, version 1 (the PROVENANCE_COLUMNS are ignored, and the dry run names
// them). Only an admin's restore (`restore: true`, e.g. a backup into an empty database) keeps them.
import { randomUUID } from "node:crypto";
import { getDb, type DbOrTx } from "../db/client";
import { listSources } from "../sources/list-sources";
import { sourceMatcher } from "../sources/resolve-source";
import { fieldErrorsOf, isoDateTime } from "../validate";
import { FIGURE_KINDS, ZSlug, type FigureKind } from "../figures/schemas";
import { ZLogObservation, type LogObservationInput } from "../observations/schemas";
import { OUTLET_KINDS } from "../outlets/schemas";
import { z } from "zod";
import { SOURCE_KINDS, type SourceKind } from "../sources/directory";
import { cellError } from "./cell-error";
import { unneutralize, type ParsedCsv } from "./parse-import-csv";
import { readDate } from "./read-date";

export type ImportError = { row: number; column: string; message: string };
export type NewFigure = { slug: string; title: string; unit: string; kind: FigureKind; isKindDefault: boolean };
export const DEFAULT_FIGURE_KIND: FigureKind = "level";
export type PlannedRow = {
  row: number;
  id: string;
  figureSlug: string;
  outletName: string;
  outletKind: (typeof OUTLET_KINDS)[number];
  input: LogObservationInput;
  /** the file's `origin` (a source's name or alias) and `origin_kind`, when given */
  origin: { name: string; kind: SourceKind | null } | null;
  provenance: {
    status: "published" | "retracted";
    statusReason: string | null;
    loggedBy: string | null;
    loggedAt: string | null;
    checkStatus: "unchecked" | "checked" | "returned";
    checkedBy: string | null;
    checkedAt: string | null;
    version: number;
  };
};
export type ImportPlan = {
  rows: number;
  /** provenance columns the file has and a normal import ignores ([] for a restore) */
  ignoredColumns: string[];
  create: PlannedRow[];
  alreadyThere: number;
  newFigures: NewFigure[];
  newOutlets: { name: string; kind: string }[];
  /** origins the sources do not know, with an origin_kind: created by the commit */
  newSources: { name: string; kind: string }[];
  errors: ImportError[];
  /** what the dry run read generously, e.g. day-first dates: worth a look before committing */
  notes: string[];
};

const DATE_COLUMNS = ["reported_on", "refers_start", "refers_end"] as const;

/** Where each log-form field comes from in the CSV, for errors by column. */
const COLUMN_OF: Record<string, string> = {
  figureSlug: "figure_slug",
  "newOutlet.name": "outlet",
  "newOutlet.kind": "outlet_kind",
  qualifier: "qualifier",
  value: "value",
  low: "low",
  high: "high",
  refersStart: "refers_start",
  refersEnd: "refers_end",
  refersPrecision: "refers_precision",
  refersLabel: "refers_label",
  reportedOn: "reported_on",
  reportedAt: "reported_at",
  citedSources: "cited_sources",
  url: "url",
  quote: "quote",
  note: "note",
  outletId: "outlet",
};

const ZProvenance = z.object({
  observation_id: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.uuid("Not an observation id from an export.").optional(),
  ),
  outlet_kind: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .enum(OUTLET_KINDS, "Use wire_agency, newspaper, broadcaster, government, un_agency_ngo or other.")
      .default("other"),
  ),
  status: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.enum(["published", "retracted"], "Use published or retracted.").default("published"),
  ),
  status_reason: z.string().optional(),
  check_status: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.enum(["unchecked", "checked", "returned"], "Use unchecked, checked or returned.").default("unchecked"),
  ),
  logged_at: z.preprocess(
    (v) => (v === "" ? undefined : v),
    isoDateTime("Use a time like 2025-10-24T12:00:00.000Z.").optional(),
  ),
  checked_at: z.preprocess(
    (v) => (v === "" ? undefined : v),
    isoDateTime("Use a time like 2025-10-24T12:00:00.000Z.").optional(),
  ),
  version: z.preprocess(
    (v) => (v === "" || v === undefined ? "1" : v),
    z.coerce.number().int().min(1, "A version is 1 or more."),
  ),
  origin_kind: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.enum(SOURCE_KINDS, `Use ${SOURCE_KINDS.join(", ")} (or leave it empty).`).optional(),
  ),
});

/** Columns that say who logged or checked a value, when, and at which version: a restore's only. */
export const PROVENANCE_COLUMNS = [
  "logged_by",
  "logged_at",
  "check_status",
  "checked_by",
  "checked_at",
  "version",
] as const;

export const naturalKey = (k: {
  figureSlug: string;
  outlet: string;
  reportedOn: string;
  qualifier: string;
  value?: string | null;
  low?: string | null;
  high?: string | null;
  quote: string;
}) =>
  [
    k.figureSlug,
    k.outlet.toLowerCase(),
    k.reportedOn,
    k.qualifier,
    k.value ?? "",
    k.low ?? "",
    k.high ?? "",
    k.quote,
  ].join("\u0001");

export async function planImport(opts: {
  db?: DbOrTx;
  csv: ParsedCsv;
  maxErrors?: number;
  restore?: boolean;
}): Promise<ImportPlan> {
  const db = opts.db ?? getDb();
  const restore = opts.restore ?? false;
  const ignoredColumns = restore ? [] : PROVENANCE_COLUMNS.filter((c) => opts.csv.columns.includes(c));
  const maxErrors = opts.maxErrors ?? 500;
  const errors: ImportError[] = [];
  const rows: PlannedRow[] = [];
  let errorCount = 0;
  const fail = (row: number, column: string, message: string) => {
    errorCount++;
    if (errors.length < maxErrors) errors.push({ row, column, message });
  };
  const figuresInFile = new Map<string, { title: string; unit: string; kind: string; row: number }>();
  const dateReadings = new Map<string, { count: number; example: string; row: number }>();

  opts.csv.records.forEach((rec, i) => {
    const row = i + 2; // the header is line 1
    const cell = (c: string) => unneutralize(rec[c] ?? "");
    const slug = ZSlug.safeParse(rec.figure_slug ?? "");
    if (!slug.success) return fail(row, "figure_slug", slug.error.issues[0].message);
    if (!figuresInFile.has(slug.data))
      figuresInFile.set(slug.data, {
        title: cell("figure_title").trim(),
        unit: cell("unit").trim(),
        kind: (rec.figure_kind ?? "").trim(),
        row,
      });
    // Dates: ISO as it is; unambiguous day-first / month-first read (and noted); ambiguous refused.
    const dates: Record<string, string | undefined> = {};
    const badDates = new Set<string>();
    for (const c of DATE_COLUMNS) {
      const reading = readDate(rec[c] ?? "");
      dates[c] = reading && "iso" in reading ? reading.iso : rec[c];
      if (reading && "error" in reading) {
        badDates.add(c);
        fail(row, c, `${c} ${reading.error}`);
      } else if (reading?.order) {
        const key = `${c}|${reading.order}`;
        const seen = dateReadings.get(key);
        if (seen) seen.count++;
        else dateReadings.set(key, { count: 1, example: `“${rec[c].trim()}” → ${reading.iso}`, row });
      }
    }
    const prov = ZProvenance.safeParse(restore ? rec : withoutProvenance(rec));
    const parsed = ZLogObservation.safeParse({
      figureSlug: slug.data,
      newOutlet: { name: cell("outlet"), kind: prov.success ? prov.data.outlet_kind : "other" },
      qualifier: rec.qualifier,
      value: rec.value,
      low: rec.low,
      high: rec.high,
      refersStart: dates.refers_start,
      refersEnd: dates.refers_end,
      refersPrecision: rec.refers_precision,
      refersLabel: cell("refers_label"),
      reportedOn: dates.reported_on,
      reportedAt: rec.reported_at,
      citedSources: cell("cited_sources"),
      url: cell("url"),
      quote: cell("quote"),
      note: cell("note"),
    });
    if (!prov.success)
      for (const [k, msgs] of Object.entries(fieldErrorsOf(prov.error))) fail(row, k, cellError(k, rec[k], msgs[0]));
    if (!parsed.success) {
      for (const [k, msgs] of Object.entries(fieldErrorsOf(parsed.error))) {
        const column = COLUMN_OF[k] ?? k;
        if (!badDates.has(column)) fail(row, column, cellError(column, rec[column], msgs[0]));
      }
    }
    if (!prov.success || !parsed.success || badDates.size) return;
    const p = prov.data;
    if (p.status === "retracted" && !cell("status_reason").trim())
      return fail(row, "status_reason", "A retracted value needs the reason it was retracted.");
    if (p.origin_kind && !cell("origin").trim())
      return fail(row, "origin", "An origin_kind needs the origin it describes.");
    const by = (c: string) => (restore ? cell(c).trim() || null : null);
    if (p.check_status !== "unchecked" && (!by("checked_by") || !p.checked_at))
      return fail(row, "checked_by", "A checked or returned value needs checked_by and checked_at.");
    rows.push({
      row,
      id: p.observation_id ?? randomUUID(),
      figureSlug: slug.data,
      outletName: parsed.data.newOutlet!.name,
      outletKind: parsed.data.newOutlet!.kind,
      input: parsed.data,
      origin: cell("origin").trim() ? { name: cell("origin").trim().slice(0, 120), kind: p.origin_kind ?? null } : null,
      provenance: {
        status: p.status,
        statusReason: cell("status_reason").trim() || null,
        loggedBy: by("logged_by"),
        loggedAt: p.logged_at ? new Date(p.logged_at).toISOString() : null,
        checkStatus: p.check_status,
        checkedBy: by("checked_by"),
        checkedAt: p.checked_at ? new Date(p.checked_at).toISOString() : null,
        version: p.version,
      },
    });
  });

  // Figures: known ones, or new ones the file describes well enough to create.
  const slugs = [...figuresInFile.keys()];
  const known = new Map(
    (await db.figure.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } })).map((f) => [
      f.slug,
      f.id,
    ]),
  );
  const newFigures = slugs.filter((s) => !known.has(s)).map((slug) => ({ slug, ...figuresInFile.get(slug)! }));
  for (const f of newFigures) {
    if (f.title.length < 3)
      fail(
        f.row,
        "figure_title",
        `There is no figure “${f.slug}”; give its figure_title (3+ characters) to create it.`,
      );
    if (!f.unit) fail(f.row, "unit", `There is no figure “${f.slug}”; give its unit to create it.`);
    if (f.kind && !isFigureKind(f.kind))
      fail(
        f.row,
        "figure_kind",
        `${cellError("figure_kind", f.kind, "")} Or leave it empty for ${DEFAULT_FIGURE_KIND}.`,
      );
  }

  // Outlets by name, in any letter case (as the log form matches them).
  const names = [...new Set(rows.map((r) => r.outletName))];
  const outlets = await db.outlet.findMany({
    where: { name: { in: names, mode: "insensitive" } },
    select: { name: true },
  });
  const knownOutlets = new Set(outlets.map((o) => o.name.toLowerCase()));
  const newOutlets = new Map<string, { name: string; kind: string }>();
  for (const r of rows)
    if (!knownOutlets.has(r.outletName.toLowerCase()) && !newOutlets.has(r.outletName.toLowerCase()))
      newOutlets.set(r.outletName.toLowerCase(), { name: r.outletName, kind: r.outletKind });

  // Origins no source knows by name or alias, that the file gives a kind for: created on commit.
  const knownSources = await listSources({ db });
  const matchSource = sourceMatcher(knownSources);
  const newSources = new Map<string, { name: string; kind: string }>();
  for (const r of rows) {
    const o = r.origin;
    if (!o?.kind || newSources.has(o.name.toLowerCase())) continue;
    if (knownSources.some((s) => s.name.toLowerCase() === o.name.toLowerCase()) || matchSource(o.name)) continue;
    newSources.set(o.name.toLowerCase(), { name: o.name, kind: o.kind });
  }

  // What is already stored: by id, and by natural key within the figures concerned.
  const ids = rows.map((r) => r.id);
  const storedIds = new Set<string>();
  for (let i = 0; i < ids.length; i += 10_000) {
    for (const o of await db.observation.findMany({
      where: { id: { in: ids.slice(i, i + 10_000) } },
      select: { id: true },
    }))
      storedIds.add(o.id);
  }
  const storedKeys = new Set<string>();
  if (known.size) {
    const stored = await db.$queryRawUnsafe<{ k: string }[]>(
      `SELECT concat_ws(chr(1), f.slug, lower(ol.name), to_char(o.reported_on, 'YYYY-MM-DD'), o.qualifier::text, coalesce(o.value::text, ''), coalesce(o.low::text, ''), coalesce(o.high::text, ''), o.quote) AS k
         FROM observation o JOIN figure f ON f.id = o.figure_id JOIN outlet ol ON ol.id = o.outlet_id WHERE o.figure_id = ANY($1::uuid[])`,
      [...known.values()],
    );
    for (const s of stored) storedKeys.add(s.k);
  }
  const create: PlannedRow[] = [];
  let alreadyThere = 0;
  const seenIds = new Set<string>();
  for (const r of rows) {
    const i = r.input;
    const key = naturalKey({
      figureSlug: r.figureSlug,
      outlet: r.outletName,
      reportedOn: i.reportedOn,
      qualifier: i.qualifier,
      value: i.value,
      low: i.low,
      high: i.high,
      quote: i.quote,
    });
    if (storedIds.has(r.id) || storedKeys.has(key)) alreadyThere++;
    else if (seenIds.has(r.id)) fail(r.row, "observation_id", "This observation_id appears twice in the file.");
    else {
      create.push(r);
      storedKeys.add(key); // a repeated row in the same file is created once
    }
    seenIds.add(r.id);
  }
  if (errorCount > errors.length)
    errors.push({ row: 0, column: "", message: `…and ${errorCount - errors.length} more errors.` });
  return {
    rows: opts.csv.records.length,
    ignoredColumns,
    create,
    alreadyThere,
    newFigures: newFigures.map(({ slug, title, unit, kind }) =>
      isFigureKind(kind)
        ? { slug, title, unit, kind, isKindDefault: false }
        : { slug, title, unit, kind: DEFAULT_FIGURE_KIND, isKindDefault: true },
    ),
    newOutlets: [...newOutlets.values()],
    newSources: [...newSources.values()],
    errors,
    notes: [...dateReadings.entries()].map(([key, r]) => {
      const [column, order] = key.split("|");
      const n = r.count === 1 ? "1 date" : `${r.count.toLocaleString("en")} dates`;
      return `${column}: ${n} read ${order === "day-first" ? "day first" : "month first"}, e.g. line ${r.row}: ${r.example}.`;
    }),
  };
}

function withoutProvenance(rec: Record<string, string>): Record<string, string> {
  const out = { ...rec };
  for (const c of PROVENANCE_COLUMNS) delete out[c];
  return out;
}

const isFigureKind = (k: string): k is FigureKind => (FIGURE_KINDS as readonly string[]).includes(k);
