// Golden strings: the exact bytes a spreadsheet will receive, streamed by PostgreSQL's COPY
// from a real database (rows inserted directly so ids and times are known).
import { parse } from "csv-parse/sync";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as historyCsv } from "@/app/api/figures/[slug]/history.csv/route";
import { getDb } from "@/lib/db/client";
import { makeFigure, makeOutlet, uniq } from "../factories";

const db = getDb();
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const LOGGED_AT = new Date("2025-10-24T12:00:00.000Z");

const HEADER =
  "display,observation_id,figure_slug,figure_title,unit,figure_kind,qualifier,value,low,high,refers_start,refers_end,refers_precision,refers_label,reported_on,reported_at,outlet,outlet_kind,cited_sources,origin,origin_kind,url,quote,note,status,status_reason,check_status,checked_by,checked_at,logged_by,logged_at,version\r\n";

let slug: string;
let outletName: string;

async function insert(over: Record<string, unknown>) {
  const figure = await db.figure.findUniqueOrThrow({ where: { slug } });
  const outlet = await db.outlet.findFirstOrThrow({ where: { name: outletName } });
  return db.observation.create({
    data: {
      figureId: figure.id,
      outletId: outlet.id,
      value: "230000000",
      refersStart: new Date("2024-10-01"),
      refersEnd: new Date("2025-09-30"),
      refersPrecision: "fiscal_year",
      reportedOn: new Date("2025-10-24"),
      citedSources: ["Associated Press"],
      quote: "seeing $230 million in aid",
      loggedBy: "desk",
      loggedAt: LOGGED_AT,
      ...over,
    },
  });
}

async function csvOf(query = "") {
  const res = await historyCsv(new Request(`http://localhost/api/figures/${slug}/history.csv${query}`), ctx({ slug }));
  expect(res.status).toBe(200);
  return new Uint8Array(await res.arrayBuffer());
}
const text = async (query = "") => new TextDecoder("utf-8", { ignoreBOM: true }).decode(await csvOf(query));

beforeEach(async () => {
  slug = uniq("aid");
  outletName = uniq("Verónica's Gazette");
  await makeFigure({ slug, title: "Aid, per year", unit: "USD", kind: "flow" });
  await makeOutlet(outletName);
});

describe("history.csv", () => {
  it("writes a header, quotes only where needed, keeps unicode and exact numbers, oldest first, CRLF", async () => {
    const second = await insert({
      value: "-3.50",
      quote: 'He said "more, not less"\nlater',
      reportedOn: new Date("2025-10-25"),
      note: "-3.5 is a change",
    });
    const first = await insert({});
    const row = (id: string, rest: string) => `${id},${slug},"Aid, per year",USD,flow,exact,${rest}`;
    expect(await text()).toBe(
      HEADER +
        `$230 million,` +
        row(
          first.id,
          `230000000,,,2024-10-01,2025-09-30,fiscal_year,,2025-10-24,,${outletName},newspaper,Associated Press,Associated Press,,,seeing $230 million in aid,,published,,unchecked,,,desk,2025-10-24T12:00:00.000Z,1\r\n`,
        ) +
        // The sign before the currency, as Intl writes it; a leading "-" is escaped against formulas.
        `'-$3.5,` +
        row(
          second.id,
          `-3.50,,,2024-10-01,2025-09-30,fiscal_year,,2025-10-25,,${outletName},newspaper,Associated Press,Associated Press,,,"He said ""more, not less""\nlater",'-3.5 is a change,published,,unchecked,,,desk,2025-10-24T12:00:00.000Z,1\r\n`,
        ),
    );
  });

  it("writes a range's low and high as stored and leaves value empty", async () => {
    const o = await insert({
      qualifier: "range",
      value: null,
      low: "12",
      high: "15.000",
      refersStart: null,
      refersEnd: null,
      refersPrecision: null,
      refersLabel: "since early September",
    });
    expect((await text()).split("\r\n")[1]).toBe(
      `between $12 and $15,${o.id},${slug},"Aid, per year",USD,flow,range,,12,15.000,,,,since early September,2025-10-24,,${outletName},newspaper,Associated Press,Associated Press,,,seeing $230 million in aid,,published,,unchecked,,,desk,2025-10-24T12:00:00.000Z,1`,
    );
  });

  it.each([
    ["=1+1", "'=1+1"],
    ["+44 20", "'+44 20"],
    ["-2 dead", "'-2 dead"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", `"'\rcmd"`],
    ["plain", "plain"],
    ["a=1", "a=1"],
  ])("neutralises a text cell starting %j", async (quote, expected) => {
    await insert({ quote });
    expect((await text()).split("\r\n")[1]).toContain(`,Associated Press,Associated Press,,,${expected},,published,`);
  });

  it("neutralises every text column but never a number", async () => {
    await insert({
      value: "-17",
      citedSources: ["=cmd", "US figures"],
      loggedBy: "@desk",
      note: "+1",
      refersLabel: "-ish",
    });
    const line = (await text()).split("\r\n")[1];
    expect(line).toContain(`,exact,-17,`);
    expect(line).toContain(`,'-ish,`);
    expect(line).toContain(`,'=cmd > US figures,`);
    expect(line).toContain(`,'+1,published,`);
    expect(line).toContain(`,'@desk,`);
  });

  it("starts with a UTF-8 byte order mark only when asked (?bom=1)", async () => {
    await insert({});
    expect(Array.from((await csvOf("?bom=1")).slice(0, 4))).toEqual([0xef, 0xbb, 0xbf, 0x64]); // BOM, then "d"isplay
    expect((await csvOf()).slice(0, 1)[0]).toBe(0x64);
  });

  it("leaves retracted values out unless asked, and filters by reported date", async () => {
    await insert({
      status: "retracted",
      statusReason: "wrong figure",
      quote: "retracted one",
      loggedAt: new Date("2025-10-24T11:00:00Z"),
    });
    await insert({ reportedOn: new Date("2025-11-02"), quote: "later one" });
    await insert({ quote: "kept" });
    const quotes = async (q: string) =>
      (parse(await text(q), { columns: true }) as { quote: string }[]).map((r) => r.quote);
    expect(await quotes("")).toEqual(["kept", "later one"]);
    expect(await quotes("?includeRetracted=1")).toEqual(["retracted one", "kept", "later one"]);
    expect(await quotes("?reportedFrom=2025-11-01")).toEqual(["later one"]);
    expect(await quotes("?reportedTo=2025-10-31")).toEqual(["kept"]);
  });

  it("answers 400 naming the field for a bad filter", async () => {
    const res = await historyCsv(
      new Request(`http://localhost/api/figures/${slug}/history.csv?reportedFrom=yesterday`),
      ctx({ slug }),
    );
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields).toEqual({
      reportedFrom: expect.arrayContaining(["Use a date like 2025-10-24."]),
    });
  });
});
