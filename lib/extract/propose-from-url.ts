// From an article's link alone (no fetch): the outlet, by matching its domain against the
// outlets' known domains (or a name to propose for a new one), and a publication date written
// into the path (/2025/10/24/, 2025-10-24, 20251024, /2025/oct/24/). Pure. A domain of the shipped
// source directory (lib/sources/directory.json) gives the new outlet its name and kind: apnews.com is
// "Associated Press", a wire agency.
import type { OutletKind } from "../outlets/schemas";
import { SOURCE_DIRECTORY } from "../sources/directory";

export type UrlOutlet = { id: string; name: string; domains: string[] };
export type UrlProposal = {
  /** the host without "www." etc.: "apnews.com" */
  domain: string;
  /** an existing outlet whose domains include this host */
  outlet: { id: string; name: string } | null;
  /** when no outlet matches: a name to propose for a new one */
  newOutletName: string | null;
  /** its kind: from the directory, else "other" */
  newOutletKind: OutletKind | null;
  /** YYYY-MM-DD found in the path, if any */
  reportedOn: string | null;
};

const KNOWN_NAMES: Record<string, string> = {
  "nytimes.com": "The New York Times",
  "washingtonpost.com": "The Washington Post",
  "theguardian.com": "The Guardian",
  "wsj.com": "The Wall Street Journal",
  "ft.com": "Financial Times",
  "aljazeera.com": "Al Jazeera",
  "cnn.com": "CNN",
  "npr.org": "NPR",
  "axios.com": "Axios",
  "bloomberg.com": "Bloomberg",
  "france24.com": "France 24",
  "dw.com": "DW",
  "elpais.com": "El País",
};
const TWO_PART_SUFFIXES = /\.(?:co|com|org|net|gov|ac|gob|edu)\.[a-z]{2}$/;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** "www.m.theguardian.com" → "theguardian.com"; "news.bbc.co.uk" → "bbc.co.uk". */
export function siteDomain(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, "");
  const labels = h.split(".");
  const keep = TWO_PART_SUFFIXES.test(h) ? 3 : 2;
  return labels.slice(-keep).join(".");
}

function validDate(y: number, m: number, d: number): string | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return date.toISOString().slice(0, 10);
}

export function dateFromPath(path: string): string | null {
  const p = path.toLowerCase();
  const patterns: [RegExp, (m: RegExpExecArray) => string | null][] = [
    [/(?:^|\/)(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/, (m) => validDate(+m[1]!, +m[2]!, +m[3]!)],
    [
      /(?:^|\/)(\d{4})\/([a-z]{3})[a-z]*\/(\d{1,2})(?:\/|$)/,
      (m) => validDate(+m[1]!, MONTHS.indexOf(m[2]!) + 1, +m[3]!),
    ],
    [/(?:^|[^\d])(\d{4})-(\d{2})-(\d{2})(?!\d)/, (m) => validDate(+m[1]!, +m[2]!, +m[3]!)],
    [/(?:^|[^\d])(\d{4})(\d{2})(\d{2})(?!\d)/, (m) => validDate(+m[1]!, +m[2]!, +m[3]!)],
  ];
  for (const [re, toDate] of patterns) {
    const m = re.exec(p);
    const date = m && toDate(m);
    if (date) return date;
  }
  return null;
}

const directoryEntry = (domain: string) => SOURCE_DIRECTORY.find((d) => d.domains.includes(domain));

function nameFromDomain(domain: string): string {
  const entry = directoryEntry(domain);
  if (entry) return entry.name;
  if (KNOWN_NAMES[domain]) return KNOWN_NAMES[domain]!;
  const label = domain.split(".")[0]!;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** null when `url` is not an http(s) link. */
export function proposeFromUrl(opts: { url: string; outlets: UrlOutlet[] }): UrlProposal | null {
  let u: URL;
  try {
    u = new URL(opts.url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  const host = u.hostname.toLowerCase().replace(/^(?:www\d?|m|amp|mobile)\./, "");
  const domain = siteDomain(host);
  const matches = (d: string) => {
    const known = d.toLowerCase().replace(/^www\./, "");
    return host === known || host.endsWith(`.${known}`) || domain === known;
  };
  const found = opts.outlets.find((o) => o.domains.some(matches));
  return {
    domain,
    outlet: found ? { id: found.id, name: found.name } : null,
    newOutletName: found ? null : nameFromDomain(domain),
    newOutletKind: found ? null : (directoryEntry(domain)?.outletKind ?? "other"),
    reportedOn: dateFromPath(decodeURIComponent(u.pathname)),
  };
}
