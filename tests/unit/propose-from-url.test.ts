// Pasting an article's link proposes its outlet and its date, without fetching it.
import { describe, expect, it } from "vitest";
import { dateFromPath, proposeFromUrl, siteDomain } from "@/lib/extract/propose-from-url";

const outlets = [
  { id: "ap", name: "Associated Press", domains: ["apnews.com"] },
  { id: "bbc", name: "BBC", domains: ["bbc.co.uk", "bbc.com"] },
  { id: "none", name: "Some blog", domains: [] },
];

describe("proposeFromUrl", () => {
  it.each([
    ["https://apnews.com/article/colombia-petro-sanctions-abc123", { id: "ap", name: "Associated Press" }, null, null],
    ["https://www.apnews.com/2025/10/24/petro", { id: "ap", name: "Associated Press" }, null, "2025-10-24"],
    ["https://www.bbc.co.uk/news/articles/c0l0mb1a", { id: "bbc", name: "BBC" }, null, null],
    ["https://news.bbc.co.uk/2/hi/americas/7654321.stm", { id: "bbc", name: "BBC" }, null, null],
    ["https://www.theguardian.com/world/2025/oct/24/us-sanctions-petro", null, "The Guardian", "2025-10-24"],
    ["https://www.reuters.com/world/americas/us-sanctions-2025-10-24/", null, "Reuters", "2025-10-24"],
    ["http://m.eltiempo.com/politica/sanciones-20251024-ab", null, "El Tiempo", "2025-10-24"],
    ["https://colombiareports.com/petro-sanctions/", null, "Colombiareports", null],
    ["https://example.org/2025/02/30/not-a-day", null, "Example", null],
  ])("%s", (url, outlet, newOutletName, reportedOn) => {
    expect(proposeFromUrl({ url, outlets })).toMatchObject({ outlet, newOutletName, reportedOn });
  });

  it.each([
    ["https://apnews.com/article/x", "Associated Press", "wire_agency"],
    ["https://www.efe.com/mundo/x", "EFE", "wire_agency"],
    ["https://www.elespectador.com/politica/x", "El Espectador", "newspaper"],
    ["https://www.unodc.org/documents/x", "UNODC", "un_agency_ngo"],
    ["https://www.mindefensa.gov.co/x", "Colombian defence ministry", "government"],
    ["https://colombiareports.com/x", "Colombiareports", "other"],
  ])("a new outlet from %s is %s, kind %s (the source directory)", (url, newOutletName, newOutletKind) => {
    expect(proposeFromUrl({ url, outlets: [] })).toMatchObject({ outlet: null, newOutletName, newOutletKind });
  });

  it.each(["", "not a link", "ftp://apnews.com/x", "javascript:alert(1)"])("proposes nothing for %j", (url) => {
    expect(proposeFromUrl({ url, outlets })).toBeNull();
  });
});

describe("dateFromPath", () => {
  it.each([
    ["/2025/10/24/story", "2025-10-24"],
    ["/news/2026/1/4/", "2026-01-04"],
    ["/2025-10-24-petro", "2025-10-24"],
    ["/story-20251024.html", "2025-10-24"],
    ["/2025/10/", null],
    ["/article/1234567890123", null],
    ["/2025/13/01/", null],
  ])("%s → %s", (path, date) => expect(dateFromPath(path)).toBe(date));
});

describe("siteDomain", () => {
  it.each([
    ["edition.cnn.com", "cnn.com"],
    ["news.bbc.co.uk", "bbc.co.uk"],
    ["apnews.com", "apnews.com"],
  ])("%s → %s", (host, domain) => expect(siteDomain(host)).toBe(domain));
});
