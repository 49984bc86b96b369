// Golden strings: the exact bytes a spreadsheet will receive.
import { describe, expect, it } from "vitest";
import { figureHistoryCsv } from "@/lib/csv/figure-history-csv";
import type { FigureDetail } from "@/lib/figures/get-figure";
import type { ObservationDto } from "@/lib/observations/observation-dto";

const figure: FigureDetail["figure"] = {
  id: "f1",
  slug: "aid",
  title: "Aid, per year",
  unit: "USD",
  kind: "flow",
  description: "",
  topics: [],
  updatedAt: "2025-10-24T00:00:00.000Z",
};

const obs = (over: Partial<ObservationDto>): ObservationDto => ({
  id: "o1",
  value: "230000000",
  qualifier: "exact",
  low: null,
  high: null,
  display: "$230 million",
  refersStart: "2024-10-01",
  refersEnd: "2025-09-30",
  refersPrecision: "fiscal_year",
  refersLabel: null,
  reportedOn: "2025-10-24",
  reportedAt: null,
  loggedAt: "2025-10-24T12:00:00.000Z",
  citedSources: ["Associated Press"],
  url: null,
  quote: "seeing $230 million in aid",
  note: null,
  loggedBy: "desk",
  loggedById: null,
  version: 1,
  status: "published",
  statusReason: null,
  checkStatus: "unchecked",
  checkedBy: null,
  checkedAt: null,
  checkComment: null,
  outlet: { id: "x", slug: "x", name: "Verónica's Gazette", kind: "newspaper" },
  ...over,
});

const HEADER =
  "observation_id,figure_slug,figure_title,unit,qualifier,value,low,high,as_reported,refers_start,refers_end,refers_precision,refers_label,reported_on,reported_at,outlet,outlet_kind,cited_sources,url,quote,note,status,logged_by,logged_at,version\r\n";

describe("figureHistoryCsv", () => {
  // The value column stays a number ("-3.50"); the as_reported text column is neutralised.
  it("writes a header, quotes only where needed, keeps unicode and exact numbers, oldest first", () => {
    const csv = figureHistoryCsv({
      figure,
      events: [],
      observations: [
        obs({ id: "o2", value: "-3.50", display: "-3.5", quote: 'He said "more, not less"\nlater', reportedOn: "2025-10-25", status: "retracted" }),
        obs({}),
      ],
    });
    expect(csv).toBe(
      HEADER +
        `o1,aid,"Aid, per year",USD,exact,230000000,,,$230 million,2024-10-01,2025-09-30,fiscal_year,,2025-10-24,,Verónica's Gazette,newspaper,Associated Press,,seeing $230 million in aid,,published,desk,2025-10-24T12:00:00.000Z,1\r\n` +
        `o2,aid,"Aid, per year",USD,exact,-3.50,,,'-3.5,2024-10-01,2025-09-30,fiscal_year,,2025-10-25,,Verónica's Gazette,newspaper,Associated Press,,"He said ""more, not less""\nlater",,retracted,desk,2025-10-24T12:00:00.000Z,1\r\n`,
    );
  });

  it.each([
    ["=1+1", "'=1+1"],
    ["+44 20", "'+44 20"],
    ["-2 dead", "'-2 dead"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["plain", "plain"],
  ])("neutralises a text cell starting %j", (quote, expected) => {
    const csv = figureHistoryCsv({ figure, events: [], observations: [obs({ quote })] });
    expect(csv.split("\r\n")[1]).toContain(`,${expected},`);
  });
});
