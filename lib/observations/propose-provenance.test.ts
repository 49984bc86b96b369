import { describe, expect, it } from "vitest";
import { proposeProvenance } from "./propose-provenance";

describe("proposeProvenance", () => {
  it.each([
    ["Coca covered 253,000 hectares in 2024, according to UNODC.", "UNODC"],
    [
      "At least 43 people died, according to a Reuters tally based on Pentagon figures.",
      "Reuters tally > Pentagon figures",
    ],
    ["Murieron 120 personas en 2024, según la ONU.", "ONU"],
    ["The army said at least 12 drones were shot down.", ""],
  ])("source of %s → %s", (sentence, cited) => {
    expect(proposeProvenance(sentence, "2025-11-07").citedSources).toBe(cited);
  });

  it("reads a year, a month and a 'since'", () => {
    expect(proposeProvenance("Coca covered 253,000 hectares in 2024, according to UNODC.", "2025-11-07")).toMatchObject(
      {
        refersStart: "2024-01-01",
        refersEnd: "2024-12-31",
        refersPrecision: "year",
        refersLabel: "in 2024",
      },
    );
    expect(proposeProvenance("Murieron 120 personas en 2024.")).toMatchObject({
      refersStart: "2024-01-01",
      refersLabel: "en 2024",
    });
    expect(proposeProvenance("At least 61 boats were struck since September.", "2025-11-07")).toMatchObject({
      refersStart: "2025-09-01",
      refersEnd: "2025-11-07",
      refersPrecision: "month",
      refersLabel: "since September",
    });
    expect(proposeProvenance("Desde septiembre, 14 lanchas.", "2025-03-02")).toMatchObject({
      refersStart: "2024-09-01",
    });
    expect(proposeProvenance("No period here, 14 boats.")).toMatchObject({ refersStart: "", refersLabel: "" });
  });
});
