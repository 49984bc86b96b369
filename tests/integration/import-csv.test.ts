// CSV import: export → import round trip into an empty database gives the same file back;
// one bad row writes nothing; a second identical import creates nothing; the refusals.
import { inject, describe, expect, it } from "vitest";
import pg from "pg";
import { POST as importRoute } from "@/app/api/import/route";
import { exportObservationsCsv } from "@/lib/csv/export-observations-csv";
import { createDb, getDb } from "@/lib/db/client";
import { getPgPool } from "@/lib/db/pg-pool";
import { migrate } from "@/lib/db/migrate";
import { createTemporaryDatabase } from "@/lib/db/temporary-database";
import { commitImport, ImportRefused, RESTORE_REASON } from "@/lib/imports/commit-import";
import { MAX_RECORD_CHARS, parseImportCsv } from "@/lib/imports/parse-import-csv";
import { linkCitations } from "@/lib/sources/link-citations";
import { makeFigure, makeOutlet, TEST_ACTOR, uniq } from "../factories";
import { makeUser, sessionHeaders } from "../factories/users";
import { PROVENANCE_COLUMNS } from "@/lib/imports/plan-import";

const editorSession = async () => Object.fromEntries(await sessionHeaders(await makeUser({ role: "editor" })));

const db = getDb();
const ADMIN = { id: null, name: "test admin", role: "admin" } as const;
const enc = (s: string) => new TextEncoder().encode(s);

/** POST /api/import[query] through the route handler, by a new editor unless `headers` say who. */
const postImport = async (body: BodyInit, opts: { query?: string; headers?: HeadersInit } = {}) =>
  importRoute(
    new Request(`http://localhost/api/import${opts.query ?? ""}`, {
      method: "POST",
      body,
      headers: opts.headers ?? (await editorSession()),
    }),
    { params: Promise.resolve({}) },
  );
const HEAD =
  "figure_slug,figure_title,unit,qualifier,value,low,high,reported_on,outlet,outlet_kind,cited_sources,quote\r\n";

async function readBytes(stream: ReadableStream<Uint8Array>) {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe("export → import round trip", () => {
  it.each([
    ["plain CSV", {}],
    ["CSV (Excel): a UTF-8 BOM, and the display column", { bom: "1" }],
  ])(
    "gives back byte-identical %s in an empty database",
    async (_kind, extra) => {
      const figure = await makeFigure({ title: "Strike deaths, Caribbean", unit: "people", kind: "flow" });
      const outlet = await makeOutlet(uniq("Verónica's Gazette"));
      const f = await db.figure.findUniqueOrThrow({ where: { slug: figure.slug } });
      const base = {
        figureId: f.id,
        outletId: outlet.id,
        reportedOn: new Date("2025-10-24"),
        citedSources: ["AFP tallies", "US figures"],
        loggedBy: "Ana",
        quote: "plain",
      };
      await db.observation.createMany({
        data: [
          {
            ...base,
            value: "43",
            qualifier: "at_least",
            quote: '=HYPERLINK("x") "quoted", with commas\nand a new line',
            url: "https://example.org/a?b=1",
          },
          {
            ...base,
            value: "-3.50",
            note: "-3.5 is a change",
            refersStart: new Date("2024-10-01"),
            refersEnd: new Date("2025-09-30"),
            refersPrecision: "fiscal_year",
          },
          {
            ...base,
            qualifier: "range",
            value: null,
            low: "12",
            high: "15.000",
            refersLabel: "+ since September",
            reportedOn: new Date("2025-10-25"),
          },
          {
            ...base,
            value: "17",
            status: "retracted",
            statusReason: "duplicate",
            reportedAt: new Date("2025-10-26T14:30:00Z"),
            reportedOn: new Date("2025-10-26"),
          },
          {
            ...base,
            value: "18",
            checkStatus: "checked",
            checkedBy: "Ben",
            checkedAt: new Date("2025-10-27T09:00:00Z"),
            reportedOn: new Date("2025-10-27"),
            version: 3,
          },
        ],
      });
      // Inserted past the write path, so linked to their sources here as logging would.
      for (const o of await db.observation.findMany({
        where: { figureId: f.id },
        select: { id: true, citedSources: true },
      })) {
        await db.$transaction((tx) =>
          linkCitations({ tx, actor: TEST_ACTOR, observationId: o.id, citedSources: o.citedSources }),
        );
      }
      const exportedBytes = await readBytes(
        (
          await exportObservationsCsv({
            pool: getPgPool(),
            figureSlug: figure.slug,
            query: { includeRetracted: "1", ...extra },
          })
        ).body,
      );
      const exported = new TextDecoder("utf-8", { ignoreBOM: true }).decode(exportedBytes);
      expect(exported.startsWith("\uFEFFdisplay,observation_id,")).toBe("bom" in extra);

      const server = new URL(inject("databaseUrl"));
      server.pathname = "/postgres";
      const fresh = await createTemporaryDatabase({ serverUrl: server.toString(), prefix: "tally_roundtrip" });
      const freshDb = createDb(fresh.url);
      const freshPool = new pg.Pool({ connectionString: fresh.url, max: 2 });
      try {
        await migrate({ databaseUrl: fresh.url });
        // A backup into an empty database: an admin's restore keeps who logged and checked each value.
        const result = await commitImport({
          db: freshDb,
          actor: ADMIN,
          csv: await parseImportCsv(exportedBytes),
          restore: true,
        });
        expect(result).toEqual({ created: 5, alreadyThere: 0, newFigures: 1, newOutlets: 1, newSources: 0 });
        const reexported = await readBytes(
          (
            await exportObservationsCsv({
              pool: freshPool,
              figureSlug: figure.slug,
              query: { includeRetracted: "1", ...extra },
            })
          ).body,
        );
        expect(Buffer.from(reexported).equals(Buffer.from(exportedBytes))).toBe(true);
        expect(
          exported
            .split("\r\n")
            .slice(1, -1)
            .map((line) => line.slice(0, line.indexOf(",", line.startsWith('"') ? line.indexOf('"', 1) : 0)))
            .sort(),
        ).toEqual([
          "'-3.5 people", // neutralised like every cell a spreadsheet could take for a formula
          "17 people",
          "18 people",
          "at least 43 people",
          "between 12 and 15 people",
        ]);
        expect(exported.split("\r\n")[1]).toContain(`,"Strike deaths, Caribbean",people,flow,`);
        expect(
          await freshDb.figure.findUniqueOrThrow({ where: { slug: figure.slug }, select: { kind: true } }),
        ).toEqual({ kind: "flow" });
        expect(await freshDb.revision.count({ where: { entityType: "observation", reason: RESTORE_REASON } })).toBe(5);
      } finally {
        await freshPool.end();
        await freshDb.$disconnect();
        await fresh.drop();
      }
    },
    60_000,
  );
});

describe("commitImport", () => {
  it("writes nothing when one row is bad, and names its row and column", async () => {
    const figure = await makeFigure();
    const outletName = uniq("New Outlet");
    const file =
      HEAD +
      [
        `${figure.slug},,,exact,1,,,2025-10-01,${outletName},newspaper,AP,one`,
        `${figure.slug},,,exact,lots,,,2025-10-02,${outletName},newspaper,AP,two`,
        `${figure.slug},,,exact,3,,,2025-10-03,${outletName},newspaper,AP,three`,
      ].join("\r\n");
    const err = await commitImport({ db, actor: TEST_ACTOR, csv: await parseImportCsv(enc(file)) }).catch((e) => e);
    expect(err).toBeInstanceOf(ImportRefused);
    expect(err.errors).toEqual([
      {
        row: 3,
        column: "value",
        message: 'value "lots": Enter a plain number like 43, 253,000 or 1.5 (no units or words).',
      },
    ]);
    const f = await db.figure.findUniqueOrThrow({ where: { slug: figure.slug } });
    expect(await db.observation.count({ where: { figureId: f.id } })).toBe(0);
    expect(await db.outlet.count({ where: { name: outletName } })).toBe(0);
  });

  it("creates nothing the second time the same file comes in (natural key, no ids)", async () => {
    const figure = await makeFigure();
    const outlet = await makeOutlet();
    // `;`-separated with a BOM, LF line ends and a quoted newline, as some spreadsheets save.
    const file =
      "\uFEFF" +
      HEAD.replace(/,/g, ";").replace("\r\n", "\n") +
      `${figure.slug};;;at_least;"1,250";;;2025-10-01;${outlet.name};;AP > OCHA;"two\nlines"\n${figure.slug};;;range;;10;20;2025-10-02;${outlet.name};;AP;range\n`;
    const first = await commitImport({ db, actor: TEST_ACTOR, csv: await parseImportCsv(enc(file)) });
    expect(first).toEqual({ created: 2, alreadyThere: 0, newFigures: 0, newOutlets: 0, newSources: 0 });
    const second = await commitImport({ db, actor: TEST_ACTOR, csv: await parseImportCsv(enc(file)) });
    expect(second).toEqual({ created: 0, alreadyThere: 2, newFigures: 0, newOutlets: 0, newSources: 0 });
    const rows = await db.observation.findMany({
      where: { figure: { slug: figure.slug } },
      orderBy: { reportedOn: "asc" },
    });
    expect(rows.map((r) => [r.value?.toFixed() ?? null, r.low?.toFixed() ?? null, r.quote, r.citedSources])).toEqual([
      ["1250", null, "two\nlines", ["AP", "OCHA"]],
      [null, "10", "range", ["AP"]],
    ]);
  });

  it("imports 100,000 rows in one transaction, and finds them all again by id", async () => {
    const figure = await makeFigure();
    const outlet = await makeOutlet();
    const lines = [HEAD.trim()];
    for (let i = 0; i < 100_000; i++)
      lines.push(`${figure.slug},,,exact,${i},,,2025-01-01,${outlet.name},,AP,row ${i}`);
    const started = Date.now();
    const result = await commitImport({ db, actor: TEST_ACTOR, csv: await parseImportCsv(enc(lines.join("\n"))) });
    expect(result.created).toBe(100_000);
    console.log(`100,000-row import: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const again = await commitImport({ db, actor: TEST_ACTOR, csv: await parseImportCsv(enc(lines.join("\n"))) });
    expect(again).toMatchObject({ created: 0, alreadyThere: 100_000 });
    // Out of the other tests' way (retracting needs a reason).
    await db.observation.updateMany({
      where: { outletId: outlet.id },
      data: { status: "retracted", statusReason: "test rows" },
    });
  }, 240_000);
});

describe("parseImportCsv refuses, with a clear message", () => {
  it.each([
    ["non-UTF-8 text", new Uint8Array([0x66, 0x69, 0x67, 0xe9, 0x0a]), /not UTF-8/],
    [
      "missing required columns",
      enc("figure_slug,value\nx,1\n"),
      /lacks required columns: qualifier, reported_on, outlet, cited_sources, quote/,
    ],
    ["an empty file", enc("  \n"), /empty/],
    ["broken quoting", enc(`${HEAD}a,,,exact,1,,,2025-01-01,AP,,AP,"unclosed\n`), /not valid CSV/],
    ["a NUL", enc(`${HEAD}a,,,exact,1,,,2025-01-01,AP,,AP,x\u0000y\n`), /NUL character \(line 2\)/],
    [
      "a row over the record limit",
      enc(`${HEAD}a,,,exact,1,,,2025-01-01,AP,,AP,"${"x".repeat(MAX_RECORD_CHARS + 10)}"\n`),
      /longer than 100,000 characters/,
    ],
  ])("%s", async (_, bytes, message) => {
    await expect(parseImportCsv(bytes)).rejects.toThrow(message);
  });

  it("a 20 MB quoted field is refused without stalling the event loop", async () => {
    const bytes = enc(`${HEAD}a,,,exact,1,,,2025-01-01,AP,,AP,"${"x".repeat(20 * 1024 * 1024)}"\n`);
    let longestStall = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longestStall = Math.max(longestStall, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    await expect(parseImportCsv(bytes)).rejects.toThrow(/longer than/);
    clearInterval(ticker);
    console.log(
      `20 MB field: refused in ${Math.round(performance.now() - started)} ms, longest event-loop stall ${Math.round(longestStall)} ms`,
    );
    expect(longestStall).toBeLessThan(1_000); // the sync parser held it for seconds
  });

  it("a file over the size limit, before reading it", async () => {
    const res = await postImport("x", {
      headers: { ...(await editorSession()), "content-length": String(60 * 1024 * 1024) },
    });
    expect(res.status).toBe(413);
    expect((await res.json()).error.message).toMatch(/50 MB limit/);
  });
});

describe("POST /api/import (dry run)", () => {
  it("previews what would be created, new outlets and figures included, and errors by row and column, writing nothing", async () => {
    const figure = await makeFigure();
    const newSlug = uniq("new-fig");
    const outletName = uniq("Brand New Outlet");
    const file =
      HEAD +
      [
        `${figure.slug},,,exact,5,,,2025-10-01,${outletName},wire_agency,AP,five`,
        `${newSlug},New figure,people,exact,6,,,2025-10-01,${outletName},,AP,six`,
        `${figure.slug},,,exact,7,,,2025-13-01,${outletName},,AP,seven`,
      ].join("\r\n");
    const res = await postImport(file);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      rows: 3,
      toCreate: 2,
      alreadyThere: 0,
      // No figure_kind column: level is assumed, and the dry run says so.
      newFigures: [{ slug: newSlug, title: "New figure", unit: "people", kind: "level", isKindDefault: true }],
      newOutlets: [{ name: outletName, kind: "wire_agency" }],
      errors: [{ row: 4, column: "reported_on", message: 'reported_on "2025-13-01": Enter a date as YYYY-MM-DD.' }],
    });
    expect(body.preview.map((p: { value: string }) => p.value)).toEqual(["5", "6"]);
    expect(await db.outlet.count({ where: { name: outletName } })).toBe(0);
    expect(await db.figure.count({ where: { slug: newSlug } })).toBe(0);
  });
});

describe("figure_kind", () => {
  it("creates a new figure with the file's kind, checks it, and assumes level only where the file gives none", async () => {
    const [flowSlug, blankSlug, badSlug] = [uniq("flow-fig"), uniq("blank-kind"), uniq("bad-kind")];
    const outlet = await makeOutlet();
    const head = "figure_slug,figure_title,unit,figure_kind,qualifier,value,reported_on,outlet,cited_sources,quote";
    const line = (slug: string, kind: string, v: number) =>
      `${slug},Figure ${slug},tonnes,${kind},exact,${v},2025-10-01,${outlet.name},AP,Some ${v} tonnes were counted`;
    const dryRun = async (file: string) => (await postImport(file)).json();

    const bad = await dryRun([head, line(badSlug, "stock", 1)].join("\n"));
    expect(bad.errors).toEqual([
      {
        row: 2,
        column: "figure_kind",
        message: 'figure_kind "stock" is not one of: cumulative, level, flow, change. Or leave it empty for level.',
      },
    ]);

    const file = [head, line(flowSlug, "flow", 1), line(flowSlug, "", 2), line(blankSlug, "", 3)].join("\n");
    expect((await dryRun(file)).newFigures).toEqual([
      { slug: flowSlug, title: `Figure ${flowSlug}`, unit: "tonnes", kind: "flow", isKindDefault: false },
      { slug: blankSlug, title: `Figure ${blankSlug}`, unit: "tonnes", kind: "level", isKindDefault: true },
    ]);
    expect(await commitImport({ db, actor: TEST_ACTOR, csv: await parseImportCsv(enc(file)) })).toEqual({
      created: 3,
      alreadyThere: 0,
      newFigures: 2,
      newOutlets: 0,
      newSources: 0,
    });
    const kinds = await db.figure.findMany({
      where: { slug: { in: [flowSlug, blankSlug] } },
      select: { slug: true, kind: true },
      orderBy: { kind: "asc" },
    });
    expect(kinds).toEqual(
      expect.arrayContaining([
        { slug: flowSlug, kind: "flow" },
        { slug: blankSlug, kind: "level" },
      ]),
    );
    await db.observation.updateMany({
      where: { outletId: outlet.id },
      data: { status: "retracted", statusReason: "test rows" },
    });
  });
});

describe("provenance in an import file", () => {
  const FORGED =
    "figure_slug,figure_title,unit,qualifier,value,low,high,reported_on,outlet,outlet_kind,cited_sources,quote," +
    "check_status,checked_by,checked_at,logged_by,logged_at,version\r\n";

  it("is never taken from an editor's file: the importer logs every row, unchecked, now", async () => {
    const figure = await makeFigure();
    const editor = await makeUser({ role: "editor" });
    const file = `${FORGED}${figure.slug},,,exact,41,,,2025-10-24,${uniq("Outlet")},other,AFP,"41 boats were seen.",checked,Some Senior Editor,2020-01-02T00:00:00.000Z,Some Senior Editor,2020-01-01T00:00:00.000Z,7\r\n`;
    const res = await postImport(enc(file), { headers: await sessionHeaders(editor) });
    expect((await res.json()).ignoredColumns).toEqual([...PROVENANCE_COLUMNS]);
    const before = Date.now();
    await commitImport({ db, actor: editor.actor, csv: await parseImportCsv(enc(file)) });
    const stored = await db.observation.findFirstOrThrow({ where: { figure: { slug: figure.slug } } });
    expect(stored).toMatchObject({
      loggedBy: editor.name,
      loggedById: editor.id,
      checkStatus: "unchecked",
      checkedBy: null,
      checkedAt: null,
      version: 1,
    });
    expect(stored.loggedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it("is kept by an admin's restore, and the revision says so; an editor may not restore", async () => {
    const figure = await makeFigure();
    const file = `${FORGED}${figure.slug},,,exact,42,,,2025-10-24,${uniq("Outlet")},other,AFP,"42 boats were seen.",checked,Ben,2020-01-02T00:00:00.000Z,Ana,2020-01-01T00:00:00.000Z,3\r\n`;
    const editor = await makeUser({ role: "editor" });
    const refused = await postImport(enc(file), {
      query: "?commit=1&restore=1",
      headers: await sessionHeaders(editor),
    });
    expect(refused.status).toBe(403);
    await expect(
      commitImport({ db, actor: editor.actor, csv: await parseImportCsv(enc(file)), restore: true }),
    ).rejects.toMatchObject({ code: "forbidden" });

    const admin = await makeUser({ role: "admin" });
    await commitImport({ db, actor: admin.actor, csv: await parseImportCsv(enc(file)), restore: true });
    const stored = await db.observation.findFirstOrThrow({ where: { figure: { slug: figure.slug } } });
    expect(stored).toMatchObject({ loggedBy: "Ana", checkStatus: "checked", checkedBy: "Ben", version: 3 });
    const revision = await db.revision.findFirstOrThrow({ where: { entityType: "observation", entityId: stored.id } });
    expect(revision).toMatchObject({ actorId: admin.id, reason: RESTORE_REASON });
  });
});

describe("import messages", () => {
  it("name the bad value and the accepted ones; read unambiguous day-first and month-first dates, with a note; refuse ambiguous ones", async () => {
    const figure = await makeFigure();
    const outlet = await makeOutlet();
    const line = (qualifier: string, reportedOn: string, n: number) =>
      `${figure.slug},,,${qualifier},${n},,,${reportedOn},${outlet.name},newspaper,AP,Some ${n} people`;
    const dryRun = async (lines: string[]) => (await postImport(HEAD + lines.join("\r\n"))).json();

    const bad = await dryRun([
      line("about", "2025-10-25", 1),
      line("exact", "10/11/2025", 2),
      line("exact", "31/02/2025", 3),
    ]);
    expect(bad.errors).toEqual([
      {
        row: 2,
        column: "qualifier",
        message:
          'qualifier "about" is not one of: exact, approximately, at_least, more_than, at_most, less_than, range (for “about”, use approximately).',
      },
      {
        row: 3,
        column: "reported_on",
        message:
          "reported_on “10/11/2025” could be 10 November (day first) or October 11 (month first), 2025; write it as 2025-11-10 or 2025-10-11.",
      },
      {
        row: 4,
        column: "reported_on",
        message: "reported_on “31/02/2025” is not a date on the calendar; write it as YYYY-MM-DD.",
      },
    ]);

    const good = await dryRun([
      line("exact", "25/10/2025", 1),
      line("exact", "26.10.2025", 2),
      line("exact", "10/27/2025", 3),
      line("exact", "1/1/2025", 4),
    ]);
    expect(good.errors).toEqual([]);
    expect(good.preview.map((p: { reportedOn: string }) => p.reportedOn)).toEqual([
      "2025-10-25",
      "2025-10-26",
      "2025-10-27",
      "2025-01-01",
    ]);
    expect(good.notes).toEqual([
      "reported_on: 2 dates read day first, e.g. line 2: “25/10/2025” → 2025-10-25.",
      "reported_on: 1 date read month first, e.g. line 4: “10/27/2025” → 2025-10-27.",
    ]);
  });
});
