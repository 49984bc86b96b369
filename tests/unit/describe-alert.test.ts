// Alert messages in the reader's language, written from the alert's rule and details; the stored
// English sentence is what English readers (and webhooks) get, and the fallback for old alerts.
import { describe, expect, it } from "vitest";
import { describeAlert } from "@/lib/monitoring/describe-alert";
import type { AlertRule } from "@/lib/monitoring/types";

const alert = (rule: AlertRule, details: Record<string, unknown>) => ({
  rule,
  message: "Stored English sentence.",
  details,
});
const es = (rule: AlertRule, details: Record<string, unknown>, unit = "people") =>
  describeAlert(alert(rule, details), { unit, locale: "es" });

describe("describeAlert", () => {
  it.each([
    [
      es("decrease", {
        compared: "own_previous",
        outlet: "El Tiempo",
        qualifier: "exact",
        value: "40",
        low: null,
        high: null,
        previous: "50",
        previousQualifier: "at_least",
        previousReportedOn: "2025-09-01",
      }),
      "El Tiempo reportó 40 personas, menos que su propio reporte anterior de al menos 50 personas (1 sept 2025).",
    ],
    [
      es(
        "decrease",
        {
          compared: "consensus",
          outlet: "EFE",
          qualifier: "exact",
          value: "230000000",
          outlets: 2,
          agreedInterval: { lo: { value: "300000000", open: false }, hi: null },
        },
        "USD",
      ),
      "EFE reportó 230 millones de dólares, menos que lo que coinciden en decir los últimos reportes de otros 2 medios (al menos 300 millones de dólares).",
    ],
    [
      es("disagreement", {
        refers: { start: null, end: "2025-10-24", label: null },
        values: [
          { outlet: "Semana", qualifier: "exact", value: "17", low: null, high: null },
          { outlet: "AP", qualifier: "at_least", value: "43", low: null, high: null },
        ],
      }),
      "Semana (17 personas) y AP (al menos 43 personas) no coinciden para el mismo periodo (hasta el 24 oct 2025).",
    ],
    [es("new_outlet", { outlet: "El Espectador" }), "El Espectador reporta esta cifra por primera vez."],
    [
      es("single_source", { origin: "Gobierno de EE. UU.", outlets: ["AFP", "EFE"] }),
      "Todos los últimos reportes vienen de una sola fuente: 2 medios (AFP, EFE) remiten a Gobierno de EE. UU..",
    ],
    [
      es("stale", { outlet: "AP", lastReportedOn: "2025-10-24", ageDays: 40, limitDays: 30 }),
      "Sin reportes nuevos desde hace 40 días (último: 24 oct 2025, AP); el límite es 30.",
    ],
    [
      es("outlier", { outlet: "AP", value: "1200", median: "43", lower: "30", upper: "56", k: 5 }),
      "AP reportó 1.200, fuera del rango reciente 30–56 (mediana 43 ± 5·MAD).",
    ],
  ])("%s", (actual, expected) => {
    expect(actual).toBe(expected);
  });

  it("keeps the stored sentence when the details lack what the words need (alerts raised before)", () => {
    expect(es("decrease", { compared: "own_previous", value: "40" })).toBe("Stored English sentence.");
  });

  it("gives English readers the sentence stored when the rule fired", () => {
    expect(describeAlert(alert("new_outlet", { outlet: "AP" }), { unit: "people", locale: "en" })).toBe(
      "Stored English sentence.",
    );
  });
});
