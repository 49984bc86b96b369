import { describe, expect, it } from "vitest";
import { compareDecimal, groupThousands, shiftDecimal } from "@/lib/values/decimal";
import { formatReportedValue } from "@/lib/values/format-value";
import { type Qualifier } from "@/lib/values/qualifiers";

const v = (
  qualifier: Qualifier,
  value: string | null,
  unit: string,
  low: string | null = null,
  high: string | null = null,
) => formatReportedValue({ qualifier, value, low, high, unit });

describe("formatReportedValue", () => {
  it.each([
    [v("at_least", "43", "people"), "at least 43 people"],
    [v("exact", "17", "people"), "17 people"],
    [v("exact", "1", "people"), "1 person"],
    [v("more_than", "700000000", "USD"), "more than $700 million"],
    [v("exact", "230000000", "USD"), "$230 million"],
    [v("approximately", "1300000000", "USD"), "about $1.3 billion"],
    [v("exact", "1234567", "USD"), "$1,234,567"],
    [v("exact", "4500000000000", "COP"), "COP 4.5 trillion"],
    [v("at_least", "1200000000", "COP"), "at least COP 1.2 billion"],
    [v("exact", "253000", "hectares"), "253,000 hectares"],
    [v("at_least", "20", "percent"), "at least 20%"],
    [v("at_most", "2.7", "tonnes"), "at most 2.7 tonnes"],
    [v("less_than", "10", "vessels"), "less than 10 vessels"],
    [v("exact", "-3.5", "percent"), "-3.5%"],
    // The sign before the currency sign, as Intl.NumberFormat("en-US", { style: "currency" }) writes it.
    [v("exact", "-3500000", "USD"), "-$3.5 million"],
    [v("exact", "-12", "EUR"), "-€12"],
    [v("at_least", "-1200", "COP"), "at least -COP 1,200"],
    [v("range", null, "USD", "-5000000", "-3000000"), "between -$5 million and -$3 million"],
    [v("range", null, "people", "12", "15"), "between 12 and 15 people"],
    [v("range", null, "people", "4", "4.0"), "4 people"],
    [v("range", null, "USD", "12000000", "15000000"), "between $12 million and $15 million"],
    [v("range", null, "people", "12", null), "at least 12 people"],
    [v("range", null, "people", null, "50"), "at most 50 people"],
  ])("%s", (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe("decimal strings", () => {
  it("compare exactly, beyond what a float can hold", () => {
    expect(compareDecimal("0.30000000000000000001", "0.3")).toBe(1);
    expect(compareDecimal("9007199254740993", "9007199254740992")).toBe(1);
    expect(compareDecimal("-2", "-10")).toBe(1);
    expect(compareDecimal("-0.0", "0")).toBe(0);
    expect(compareDecimal("12", "12.000")).toBe(0);
    expect(["10", "9", "-1", "9.5"].sort(compareDecimal)).toEqual(["-1", "9", "9.5", "10"]);
  });

  it("shift and group without rounding", () => {
    expect(shiftDecimal("230000000", -6)).toBe("230");
    expect(shiftDecimal("1300000000", -9)).toBe("1.3");
    expect(shiftDecimal("5", -3)).toBe("0.005");
    expect(shiftDecimal("1.25", 3)).toBe("1250");
    expect(groupThousands("1234567.891")).toBe("1,234,567.891");
    expect(groupThousands("-1000")).toBe("-1,000");
    expect(shiftDecimal("007.50", 0)).toBe("7.5");
  });
});
