// What Spanish pages show of data written in English: a period named from its dates (English pages
// show the reporter's words; Spanish ones keep them beside it), and descriptions Tally wrote itself.
import { describe, expect, it } from "vitest";
import { formatPeriod, formatPeriodWithWords, periodAsReported, periodFromDates } from "@/lib/format/format-date";
import { localizedFigureText } from "@/lib/figures/localized-figure-text";
import { DEMO_ARCHIVE_NOTE, IMPORTED_FIGURE_DESCRIPTION } from "@/lib/figures/tally-descriptions";

const FY = "the fiscal year that ended September 30, 2025";
const fiscal = { refersStart: "2024-10-01", refersEnd: "2025-09-30", refersPrecision: "fiscal_year", refersLabel: FY };
const p = (
  refersStart: string | null,
  refersEnd: string | null,
  refersLabel: string | null = null,
  refersPrecision: string | null = null,
) => ({
  refersStart,
  refersEnd,
  refersLabel,
  refersPrecision,
});

describe("a period on a Spanish page", () => {
  it("is named from its dates, with the reporter's words beside it in tables and tooltips", () => {
    expect(formatPeriod(fiscal, "es")).toBe("año fiscal 2025 (oct 2024–sept 2025)");
    expect(periodAsReported(fiscal, "es")).toBe(`según el medio: «${FY}»`);
    expect(formatPeriodWithWords(fiscal, "es")).toBe(`año fiscal 2025 (oct 2024–sept 2025) — según el medio: «${FY}»`);
    // English pages keep the reporter's words, with nothing added.
    expect(formatPeriod(fiscal, "en")).toBe(FY);
    expect(formatPeriodWithWords(fiscal, "en")).toBe(FY);
  });

  it.each([
    [p("2025-01-01", "2025-12-31", "in 2025", "year"), "2025"],
    [p("2025-10-01", "2025-10-31", "in October", "month"), "octubre de 2025"],
    [p("2025-10-24", "2025-10-24", "on Friday", "day"), "24 oct 2025"],
    [p("2025-09-01", "2025-10-24", "since early September through Oct 24"), "1 sept 2025 – 24 oct 2025"],
    // Only an end: what the dates say, the words beside it.
    [p(null, "2025-10-24", "so far this year"), "hasta el 24 oct 2025"],
    [p("2025-09-01", null, "since September"), "desde el 1 sept 2025"],
  ])("%j reads %s", (period, spanish) => {
    expect(formatPeriod(period, "es")).toBe(spanish);
    expect(periodAsReported(period, "es")).toBe(`según el medio: «${period.refersLabel}»`);
  });

  it("never names more than the dates say", () => {
    // Called a fiscal year but not twelve whole months: the dates as a range.
    expect(formatPeriod(p("2024-10-01", "2025-09-15", FY, "fiscal_year"), "es")).toBe("1 oct 2024 – 15 sept 2025");
    // Twelve whole months nobody called a fiscal year: not one.
    expect(periodFromDates(p("2024-10-01", "2025-09-30"), "es")).toBe("1 oct 2024 – 30 sept 2025");
    // A fiscal year that is not the US one is named by both its years.
    expect(formatPeriod(p("2024-04-01", "2025-03-31", null, "fiscal_year"), "es")).toBe(
      "año fiscal 2024–2025 (abr 2024–mar 2025)",
    );
    // No dates: the reporter's words as written, nothing beside them.
    const words = p(null, null, "in recent years (before fiscal 2025; years not given)");
    expect(formatPeriod(words, "es")).toBe(words.refersLabel);
    expect(periodAsReported(words, "es")).toBeNull();
    expect(formatPeriod(p(null, null), "es")).toBe("sin indicar");
  });

  it("without words, reads from its dates in English too", () => {
    expect(formatPeriod(p("2024-10-01", "2025-09-30", null, "fiscal_year"), "en")).toBe(
      "fiscal year 2025 (Oct 2024–Sep 2025)",
    );
    expect(formatPeriod(p("2025-10-01", "2025-10-31"), "en")).toBe("October 2025");
    expect(formatPeriod(p("2025-09-01", "2025-10-24"), "en")).toBe("Sep 1, 2025 – Oct 24, 2025");
  });
});

describe("a description Tally wrote itself", () => {
  it("reads in Spanish until the desk rewrites it; the desk's own stays as written", () => {
    const imported = { title: "Boats", description: IMPORTED_FIGURE_DESCRIPTION };
    expect(localizedFigureText(imported, "es").description).toBe("Creada por una importación CSV.");
    expect(localizedFigureText(imported, "en").description).toBe("Created by a CSV import.");
    expect(localizedFigureText({ title: "Boats", description: "Cumulative." }, "es").description).toBe("Cumulative.");
  });

  it("the demo data's archive note reads in Spanish; a note the desk wrote stays as written", () => {
    const demo = {
      title: "Toll",
      description: "",
      archived: { at: "2025-11-01T00:00:00.000Z", note: DEMO_ARCHIVE_NOTE },
    };
    expect(localizedFigureText(demo, "es").archiveNote).toMatch(
      /^Datos de demostración: historias seguidas en el otoño de 2025/,
    );
    expect(localizedFigureText(demo, "en").archiveNote).toBe(DEMO_ARCHIVE_NOTE);
    const own = { ...demo, archived: { at: demo.archived.at, note: "Story closed." } };
    expect(localizedFigureText(own, "es").archiveNote).toBe("Story closed.");
    expect(localizedFigureText({ title: "Toll", description: "" }, "es").archiveNote).toBe("");
  });
});
