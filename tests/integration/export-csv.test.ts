// GET /api/export.csv and history.csv against the real database: filters, the export "as the
// desk knew it" on a past day (rebuilt from revisions), and an abort when PostgreSQL fails.
import { PassThrough } from "node:stream";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { GET as exportCsv } from "@/app/api/export.csv/route";
import { GET as historyCsv } from "@/app/api/figures/[slug]/history.csv/route";
import { getDb } from "@/lib/db/client";
import { getPgPool } from "@/lib/db/pg-pool";
import { openCopyCsv, toWebStream } from "@/lib/csv/stream-copy";
import { listObservationsPage } from "@/lib/observations/list-observations-page";
import { updateFigure } from "@/lib/figures/update-figure";
import { makeFigure, makeOutlet, TEST_ACTOR, uniq } from "../factories";
import { logValue } from "../factories/log-value";

const db = getDb();
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
type Row = Record<string, string>;
const rowsOf = async (res: Response): Promise<Row[]> => {
  expect(res.status).toBe(200);
  return parse(await res.text(), { columns: true });
};
const exportRows = (query: string) =>
  exportCsv(new Request(`http://localhost/api/export.csv?${query}`), ctx({})).then(rowsOf);

describe("GET /api/export.csv", () => {
  it("holds every figure's values, filtered by outlet and by the period they refer to", async () => {
    const [a, b] = [await makeFigure(), await makeFigure()];
    const [ap, afp] = [await makeOutlet(), await makeOutlet()];
    await logValue(a.slug, ap.id, { value: "1", refersStart: "2025-01-01", refersEnd: "2025-01-31" });
    await logValue(b.slug, ap.id, { value: "2", refersStart: "2025-03-01", refersEnd: "2025-03-31" });
    await logValue(b.slug, afp.id, { value: "3" });
    const apSlug = (await db.outlet.findUniqueOrThrow({ where: { id: ap.id } })).slug;

    const byAp = await exportRows(`outlets=${apSlug}`);
    expect(byAp.map((r) => [r.figure_slug, r.value])).toEqual([
      [a.slug, "1"],
      [b.slug, "2"],
    ]);
    const feb = await exportRows(`outlets=${apSlug}&refersFrom=2025-02-01`);
    expect(feb.map((r) => r.value)).toEqual(["2"]);
    const jan = await exportRows(`outlets=${apSlug}&refersFrom=2025-01-15&refersTo=2025-01-20`);
    expect(jan.map((r) => r.value)).toEqual(["1"]);
  });

  it("rebuilds the export as the desk knew it at the end of a past day (?asOf=)", async () => {
    const figure = await makeFigure();
    const outlet = await makeOutlet();
    const dto = await logValue(figure.slug, outlet.id, { value: "43", qualifier: "at_least" });
    // Its history, as edits on earlier days would have written it (revisions are append-only
    // but may be inserted with a time): logged on Oct 1, corrected to 45 on Oct 5, retracted Oct 7.
    const rev = (action: string, day: string, after: object) =>
      db.revision.create({
        data: {
          entityType: "observation",
          entityId: dto.id,
          action,
          after,
          actor: "Ana",
          createdAt: new Date(`${day}T10:00:00Z`),
        },
      });
    await rev("create", "2025-10-01", dto);
    await rev("update", "2025-10-05", { ...dto, value: "45", version: 2 });
    await rev("retract", "2025-10-07", {
      ...dto,
      value: "45",
      version: 3,
      status: "retracted",
      statusReason: "duplicate",
    });
    const asOf = async (day: string, extra = "") =>
      (
        await exportRows(
          `asOf=${day}${extra}&outlets=${(await db.outlet.findUniqueOrThrow({ where: { id: outlet.id } })).slug}`,
        )
      ).map((r) => [r.value, r.version, r.status]);

    expect(await asOf("2025-09-30")).toEqual([]);
    expect(await asOf("2025-10-01")).toEqual([["43", "1", "published"]]);
    expect(await asOf("2025-10-05")).toEqual([["45", "2", "published"]]);
    expect(await asOf("2025-10-07")).toEqual([]);
    expect(await asOf("2025-10-07", "&includeRetracted=1")).toEqual([["45", "3", "retracted"]]);
  });

  it("takes the figure's title, unit and kind as they were on the asOf day, not as they are now", async () => {
    const figure = await makeFigure({ title: "Boats struck", unit: "boats", kind: "cumulative" });
    const outlet = await makeOutlet();
    const dto = await logValue(figure.slug, outlet.id, { value: "12", qualifier: "exact" });
    // History as it would have been written on those days: figure and value on Oct 1, the
    // figure renamed (a new unit and kind too) on Oct 10. Then renamed again now, for real.
    const at = (day: string) => new Date(`${day}T10:00:00Z`);
    await db.revision.create({
      data: {
        entityType: "figure",
        entityId: figure.id,
        action: "create",
        after: figure,
        actor: "Ana",
        createdAt: at("2025-10-01"),
      },
    });
    await db.revision.create({
      data: {
        entityType: "observation",
        entityId: dto.id,
        action: "create",
        after: dto,
        actor: "Ana",
        createdAt: at("2025-10-01"),
      },
    });
    const renamed = { ...figure, title: "Vessels struck, Caribbean", unit: "vessels", kind: "level" };
    await db.revision.create({
      data: {
        entityType: "figure",
        entityId: figure.id,
        action: "update",
        after: renamed,
        actor: "Ana",
        createdAt: at("2025-10-10"),
      },
    });
    const { version } = await db.figure.findUniqueOrThrow({ where: { id: figure.id }, select: { version: true } });
    await updateFigure({
      db,
      actor: TEST_ACTOR,
      input: {
        id: figure.id,
        version,
        title: "=Vessels destroyed",
        unit: "vessels",
        kind: "flow",
        description: "",
        topics: [],
      },
    });
    const outletSlug = (await db.outlet.findUniqueOrThrow({ where: { id: outlet.id } })).slug;
    const figureCells = async (query: string) =>
      (await exportRows(`outlets=${outletSlug}${query}`)).map((r) => [
        r.figure_slug,
        r.figure_title,
        r.unit,
        r.figure_kind,
        r.value,
      ]);

    expect(await figureCells("&asOf=2025-10-05")).toEqual([[figure.slug, "Boats struck", "boats", "cumulative", "12"]]);
    expect(await figureCells("&asOf=2025-10-10")).toEqual([
      [figure.slug, "Vessels struck, Caribbean", "vessels", "level", "12"],
    ]);
    expect(await figureCells("")).toEqual([[figure.slug, "'=Vessels destroyed", "vessels", "flow", "12"]]);
    // The same figure columns in the one-figure download, and the old unit in the JSON page's display.
    const history = await historyCsv(
      new Request(`http://localhost/api/figures/${figure.slug}/history.csv?asOf=2025-10-05`),
      ctx({ slug: figure.slug }),
    );
    expect((await history.text()).split("\r\n")[1]).toBe(
      `12 boats,${dto.id},${figure.slug},Boats struck,boats,cumulative,exact,12,,,,,,,2025-10-25,,${outlet.name},newspaper,AFP tallies > US figures,US government,government,,"${dto.quote}",,published,,unchecked,,,${dto.loggedBy},${dto.loggedAt},1`,
    );
    const page = await listObservationsPage({
      pool: getPgPool(),
      figureSlug: figure.slug,
      query: { asOf: "2025-10-05" },
    });
    expect(page.observations.map((o) => o.display)).toEqual(["12 boats"]);
  });

  it("starts each row with the value as a person reads it; ?bom=1 (CSV for Excel) starts the file with a UTF-8 BOM", async () => {
    const figure = await makeFigure({ title: "Muertos, según EE.UU.", unit: "people" });
    const outlet = await makeOutlet(uniq("Fuentes de EE.UU."));
    const a = await logValue(figure.slug, outlet.id, { value: "253000", reportedOn: "2025-10-24" });
    const b = await logValue(figure.slug, outlet.id, {
      qualifier: "range",
      value: "",
      low: "12",
      high: "15",
      reportedOn: "2025-10-25",
      quote: "12 to 15",
    });
    const url = `http://localhost/api/figures/${figure.slug}/history.csv`;
    const excel = new Uint8Array(
      await (await historyCsv(new Request(`${url}?bom=1`), ctx({ slug: figure.slug }))).arrayBuffer(),
    );
    expect([...excel.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const plain = new Uint8Array(await (await historyCsv(new Request(url), ctx({ slug: figure.slug }))).arrayBuffer());
    expect(Buffer.from(excel.slice(3)).equals(Buffer.from(plain))).toBe(true);
    const lines = new TextDecoder().decode(plain).split("\r\n");
    expect(lines[0].startsWith("display,observation_id,figure_slug,figure_title,")).toBe(true);
    expect(
      lines[1].startsWith(`"at least 253,000 people",${a.id},${figure.slug},"Muertos, según EE.UU.",people,`),
    ).toBe(true);
    expect(lines[2].startsWith(`between 12 and 15 people,${b.id},`)).toBe(true);
  });

  it("answers 400 for filters that cannot be right", async () => {
    const res = await exportCsv(
      new Request(
        "http://localhost/api/export.csv?reportedFrom=2025-02-01&reportedTo=2025-01-01&outlets=Not%20A%20Slug",
      ),
      ctx({}),
    );
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(Object.keys(body.error.fields).sort()).toEqual(["outlets.0", "reportedTo"]);
  });
});

describe("when PostgreSQL fails mid-export", () => {
  it("errors the stream instead of ending it like a complete file", async () => {
    const node = await openCopyCsv({
      pool: getPgPool(),
      sql: "SELECT g, 1 / (g - 30000) AS boom FROM generate_series(1, 60000) g",
    });
    const reader = toWebStream(node).getReader();
    let bytes = 0;
    const read = async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        bytes += value.length;
      }
    };
    await expect(read()).rejects.toThrow(/division by zero/);
    expect(bytes).toBeGreaterThan(0);
  });

  it("aborts history.csv when the server connection is killed while streaming", async () => {
    const figure = await makeFigure();
    const outlet = await makeOutlet();
    await logValue(figure.slug, outlet.id);
    // Enough rows that COPY is still running (held back by back-pressure) after the first chunk;
    // retracted, so they stay out of the other tests' exports.
    await db.$executeRawUnsafe(
      `INSERT INTO observation (figure_id, outlet_id, value, reported_on, cited_sources, quote, logged_by, status, status_reason)
       SELECT (SELECT id FROM figure WHERE slug = $1), $2::uuid, g, DATE '2025-01-01' + (g % 300), ARRAY['x'], repeat('q', 200), 'bench', 'retracted', 'test rows'
         FROM generate_series(1, 100000) g`,
      figure.slug,
      outlet.id,
    );
    const res = await historyCsv(
      new Request(`http://localhost/api/figures/${figure.slug}/history.csv?includeRetracted=1`),
      ctx({ slug: figure.slug }),
    );
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    expect((await reader.read()).done).toBe(false);
    // Only this download's COPY (its label names the figure): other test files export at the same time.
    const killed = await getPgPool().query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE $1 AND pid <> pg_backend_pid()",
      [`/* tally history.csv ${figure.slug} */ COPY (SELECT%`],
    );
    expect(killed.rowCount).toBe(1);
    const drain = async () => {
      for (;;) if ((await reader.read()).done) return "complete";
    };
    await expect(drain()).rejects.toThrow();
  }, 60_000);
});

describe("toWebStream (a Node stream as a response body)", () => {
  const source = () => {
    const node = new PassThrough();
    node.write("header\r\n");
    setTimeout(() => {
      for (let i = 0; i < 10; i++) if (!node.destroyed) node.write(Buffer.alloc(16 * 1024, 97));
    }, 5);
    return node;
  };

  it("lets a client cancel while a read is under way, with nothing thrown afterwards", async () => {
    // Readable.toWeb on Node 20 throws "Controller is already closed" out of its data handler here.
    const uncaught: unknown[] = [];
    const onUncaught = (e: unknown) => uncaught.push(e);
    process.on("uncaughtException", onUncaught);
    try {
      const node = source();
      const web = toWebStream(node);
      await null;
      await web.cancel();
      await new Promise((r) => setTimeout(r, 100));
      expect(node.destroyed).toBe(true);
      expect(uncaught).toEqual([]);
    } finally {
      process.off("uncaughtException", onUncaught);
    }
  });

  it("errors when the Node stream closes before its end, so a cut file never looks complete", async () => {
    const node = source();
    const reader = toWebStream(node).getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe("header\r\n");
    node.destroy();
    await expect(reader.read()).rejects.toThrow("The export stopped before its end.");
  });
});
