// Reported values and dates as a Spanish reader says them; English stays the default.
import { describe, expect, it } from "vitest";
import { formatDate, formatPeriod } from "@/lib/format/format-date";
import { formatReportedValue } from "@/lib/values/format-value";
import type { Qualifier } from "@/lib/values/qualifiers";

const es = (
  qualifier: Qualifier,
  value: string | null,
  unit: string,
  low: string | null = null,
  high: string | null = null,
) => formatReportedValue({ qualifier, value, low, high, unit }, "es");

describe("formatReportedValue in Spanish", () => {
  it.each([
    [es("exact", "253000", "hectares"), "253.000 hectáreas"],
    [es("exact", "230000000", "USD"), "230 millones de dólares"],
    [es("at_least", "43", "people"), "al menos 43 personas"],
    [es("more_than", "700000000", "USD"), "más de 700 millones de dólares"],
    [es("exact", "1", "people"), "1 persona"],
    [es("exact", "1200", "people"), "1.200 personas"],
    [es("exact", "1000000", "people"), "1 millón de personas"],
    [es("exact", "4500000", "EUR"), "4,5 millones de euros"],
    [es("approximately", "1300000000", "USD"), "alrededor de 1,3 mil millones de dólares"],
    [es("exact", "2000000000000", "COP"), "2 billones de pesos"],
    [es("exact", "1234567", "USD"), "1.234.567 dólares"],
    [es("at_most", "2.7", "tonnes"), "como máximo 2,7 toneladas"],
    [es("less_than", "10", "vessels"), "menos de 10 embarcaciones"],
    [es("at_least", "20", "percent"), "al menos 20 %"],
    [es("range", null, "people", "12", "15"), "entre 12 y 15 personas"],
    [es("range", null, "people", "4", "4"), "4 personas"],
    [es("range", null, "USD", "12000000", "15000000"), "entre 12 millones y 15 millones de dólares"],
    [es("range", null, "people", "12", null), "al menos 12 personas"],
    [es("exact", "12", "widgets"), "12 widgets"],
    [es("exact", "12345678901234567890.123456789", ""), "12.345.678.901.234.567.890,123456789"],
    [es("exact", null, "people"), "sin valor"],
    [es("exact", "-3500000", "USD"), "-3,5 millones de dólares"],
    [es("exact", "-12", "EUR"), "-12 euros"],
    [es("exact", "1000000000", "USD"), "1 mil millones de dólares"],
    [es("exact", "2", "hectares"), "2 hectáreas"],
    [es("exact", "1", "hectares"), "1 hectárea"],
    [es("approximately", "80", "people"), "alrededor de 80 personas"],
  ])("%s", (actual, expected) => {
    expect(actual).toBe(expected);
  });

  it("English stays the default", () => {
    expect(
      formatReportedValue({ qualifier: "more_than", value: "700000000", low: null, high: null, unit: "USD" }),
    ).toBe("more than $700 million");
  });
});

describe("dates", () => {
  it("read the locale's way", () => {
    expect(formatDate("2025-10-24", "es")).toBe("24 oct 2025");
    expect(formatDate("2025-10-24")).toBe("Oct 24, 2025");
    expect(formatPeriod({ refersStart: null, refersEnd: "2025-10-24", refersLabel: null }, "es")).toBe(
      "hasta el 24 oct 2025",
    );
  });
});
