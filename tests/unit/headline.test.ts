import { describe, expect, it } from "vitest";
import { DEMO_FIGURES } from "@/lib/demo/demo-data";
import { headlineOf, type HeadlineReport } from "@/lib/values/headline";

/** A demo figure's reports as they are stored: logged in the order the demo lists them. */
function demoReports(
  slug: string,
  patch: (r: HeadlineReport, i: number) => Partial<HeadlineReport> = () => ({}),
): HeadlineReport[] {
  const figure = DEMO_FIGURES.find((f) => f.slug === slug)!;
  return figure.observations.map((o, i) => {
    const r: HeadlineReport = {
      id: `${slug}-${i}`,
      outletId: o.outlet,
      qualifier: o.qualifier,
      value: (o.value ?? null) as string | null,
      low: (o.low ?? null) as string | null,
      high: (o.high ?? null) as string | null,
      reportedOn: o.reportedOn,
      refersStart: (o.refersStart ?? null) as string | null,
      refersEnd: (o.refersEnd ?? null) as string | null,
      refersLabel: (o.refersLabel ?? null) as string | null,
      loggedAt: `2025-11-01T00:00:0${i}.000Z`,
    };
    return { ...r, ...patch(r, i) };
  });
}

/** The headline of these reports of a figure counted in people. */
const inPeople = (...reports: HeadlineReport[]) => headlineOf({ reports, unit: "people" })!;

let n = 0;
function report(outletId: string, spec: string, extra: Partial<HeadlineReport> = {}): HeadlineReport {
  const [qualifier, value] = spec.split(" ");
  n++;
  return {
    id: `r${n}`,
    outletId,
    qualifier: qualifier as HeadlineReport["qualifier"],
    value,
    low: null,
    high: null,
    reportedOn: "2025-10-24",
    refersStart: null,
    refersEnd: "2025-10-24",
    refersLabel: null,
    loggedAt: `2025-11-01T00:00:${String(n % 60).padStart(2, "0")}.000Z`,
    ...extra,
  };
}

describe("seed story: boat strikes", () => {
  it("headline is at least 43 people, a revision up from at least 37; the undated 17 is left out", () => {
    const h = headlineOf({ reports: demoReports("us-boat-strike-deaths"), unit: "people" })!;
    expect(h.display).toBe("at least 43 people");
    expect(h.period).toBe("through Oct 24, 2025"); // the two reports word the period differently
    expect(h.status).toBe("agree");
    expect(h.outletCount).toBe(2);
    expect(h.median).toBeNull();
    expect(h.change).toEqual({ kind: "revision", direction: "up", display: "up from at least 37 people" });
  });

  it("17 given the same period: outlets disagree, in words of what they reported", () => {
    const reports = demoReports("us-boat-strike-deaths", (r, i) =>
      i === 0 ? { outletId: "a002", refersEnd: "2025-10-24" } : {},
    );
    const h = headlineOf({ reports, unit: "people" })!;
    expect(h.status).toBe("disagree");
    expect(h.display).toBe("Outlets disagree: 17 to at least 43 people");
  });
});

describe("seed story: US aid to Colombia", () => {
  it("the fiscal 2025 value alone; the undated 'more than $700 million' is never subtracted", () => {
    const h = headlineOf({ reports: demoReports("us-aid-to-colombia"), unit: "USD" })!;
    expect(h.display).toBe("$230 million");
    expect(h.period).toBe("the fiscal year that ended September 30, 2025");
    expect(h.change).toBeNull();
  });

  it("when both periods are known: a labelled period-over-period change that keeps 'more than'", () => {
    const reports = demoReports("us-aid-to-colombia", (r, i) =>
      i === 0
        ? { refersStart: "2023-10-01", refersEnd: "2024-09-30", refersLabel: "fiscal 2024" }
        : { refersLabel: "fiscal 2025" },
    );
    const h = headlineOf({ reports, unit: "USD" })!;
    expect(h.display).toBe("$230 million");
    expect(h.change).toEqual({
      kind: "period",
      direction: "down",
      display: "down by more than $470 million (fiscal 2025 against fiscal 2024)",
    });
  });
});

describe("headline wording", () => {
  it("four outlets with the same exact value agree", () => {
    const h = headlineOf({ reports: demoReports("us-sanctions-petro-people"), unit: "people" })!;
    expect(h.display).toBe("4 people (4 outlets agree)");
    expect(h.median).toBe("4");
    expect(h.change).toBeNull(); // a fourth outlet saying the same is no revision
  });

  it("a lower and an upper bound meet in a range of reported bounds", () => {
    const h = inPeople(report("a", "at_least 43"), report("b", "at_most 50"));
    expect(h.display).toBe("between 43 and 50 people");
  });

  it("exact values that differ disagree; the median is shown only as a labelled statistic", () => {
    const h = inPeople(report("a", "exact 17"), report("b", "exact 25"), report("c", "exact 20"));
    expect(h.display).toBe("Outlets disagree: 17 to 25 people");
    expect(h.median).toBe("20");
  });

  it("an outlet's own newer report for the period replaces its older one", () => {
    const h = inPeople(report("a", "exact 17"), report("b", "at_least 20"), report("a", "exact 25"));
    expect(h.display).toBe("25 people");
    // Before it, 17 and "at least 20" disagreed: there is no agreed value to have moved from.
    expect(h.change).toBeNull();
  });

  it.each([
    [
      "a later period of a running total: the change between periods, labelled",
      "exact",
      "43 people",
      "up by 6 people (through Oct 24, 2025 against through Oct 1, 2025)",
    ],
    ["no change figure when the qualifiers do not say which way it went", "at_least", "at least 43 people", undefined],
  ])("%s", (_name, qualifier, display, change) => {
    const h = inPeople(
      report("a", `${qualifier} 37`, { refersEnd: "2025-10-01" }),
      report("b", `${qualifier} 43`, { refersEnd: "2025-10-24" }),
    );
    expect(h.display).toBe(display);
    expect(h.change?.display).toBe(change);
  });

  it("undated reports make the headline only when no report gives a period", () => {
    const h = inPeople(
      report("a", "approximately 40", { refersEnd: null }),
      report("b", "exact 42", { refersEnd: null }),
    );
    expect(h.period).toBeNull();
    expect(h.display).toBe("about 40 people; 42 people");
    expect(headlineOf({ reports: [], unit: "people" })).toBeNull();
  });
});
