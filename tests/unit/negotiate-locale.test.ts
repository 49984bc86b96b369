import { describe, expect, it } from "vitest";
import { matchAcceptLanguage, negotiateLocale } from "@/lib/i18n/negotiate-locale";

describe("negotiateLocale", () => {
  it.each([
    [{ acceptLanguage: "es-CO,es;q=0.9,en;q=0.8" }, "es"],
    [{ acceptLanguage: "en-US,en;q=0.9" }, "en"],
    [{ acceptLanguage: "fr-FR,es;q=0.5" }, "es"],
    [{ acceptLanguage: "fr-FR,de;q=0.5" }, "en"],
    [{ acceptLanguage: "en;q=0.2,es;q=0.8" }, "es"],
    [{ acceptLanguage: "es;q=0,en" }, "en"],
    [{}, "en"],
    [{ cookie: "es", account: "en", acceptLanguage: "en" }, "es"],
    [{ cookie: "xx", account: "es", acceptLanguage: "en" }, "es"],
    [{ account: "en", acceptLanguage: "es-CO" }, "en"],
  ])("%j → %s", (input, want) => {
    expect(negotiateLocale(input)).toBe(want);
  });

  it("reads nothing from garbage", () => {
    expect(matchAcceptLanguage(";;,q=1")).toBeNull();
  });
});
