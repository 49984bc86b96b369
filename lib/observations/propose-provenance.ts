// What a number's own sentence says about its provenance, proposed for the article form's row:
// whose number it is ("according to UNODC", "según la ONU", "a Reuters tally based on Pentagon
// figures" → "Reuters tally > Pentagon figures") and the period it refers to ("in 2024", "en 2024",
// "since September", "desde septiembre"). Pure; the editor confirms or fixes what it proposes.

export type ProvenanceProposal = {
  citedSources: string;
  refersStart: string;
  refersEnd: string;
  refersPrecision: "" | "day" | "month" | "year";
  refersLabel: string;
};

const MONTHS: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
};
const MONTH = Object.keys(MONTHS).join("|");

// The source phrase runs to punctuation or to a word that starts the period or a new clause.
const SOURCE_END = String.raw`(?=[,.;:()]|\s(?:in|for|since|(?<!based\s)on|last|this|that|as of|during|en|desde|durante|para|que)\s|$)`;
const SOURCE_RE = new RegExp(
  String.raw`\b(?:according to|citing|data from|figures from|según|segun|de acuerdo con|citando)\s+(.{2,80}?)${SOURCE_END}`,
  "iu",
);
const LEADING_ARTICLE = /^(?:the|a|an|la|el|los|las|un|una)\s+/i;
const CHAIN_SPLIT = /\s+(?:based on|citing|basad[oa]s? en|con base en|que cita a)\s+/i;

const YEAR_RE =
  /\b(?:in|for|during|throughout|en|durante|para)\s+(?:(?:the\s+)?(?:year|fiscal year)\s+|(?:el\s+)?año\s+)?((?:19|20)\d{2})\b/iu;
const MONTH_YEAR_RE = new RegExp(
  String.raw`\b(?:in|during|en|durante)\s+(${MONTH})(?:\s+(?:de\s+)?((?:19|20)\d{2}))?\b`,
  "iu",
);
const SINCE_RE = new RegExp(
  String.raw`\b(?:since|desde)\s+(?:(?:el\s+)?(?:mes\s+de\s+)?(${MONTH})(?:\s+(?:de\s+)?((?:19|20)\d{2}))?|((?:19|20)\d{2}))\b`,
  "iu",
);

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The year a bare month refers to: the latest one not after the report. */
function yearOfMonth(month: number, reportedOn: string | undefined): number {
  const [y, m] = (reportedOn ?? new Date().toISOString().slice(0, 10)).split("-").map(Number) as [number, number];
  return month > m ? y - 1 : y;
}

export function proposeProvenance(sentence: string, reportedOn?: string): ProvenanceProposal {
  const out: ProvenanceProposal = {
    citedSources: "",
    refersStart: "",
    refersEnd: "",
    refersPrecision: "",
    refersLabel: "",
  };
  const source = SOURCE_RE.exec(sentence)?.[1]?.trim();
  if (source) {
    out.citedSources = source
      .split(CHAIN_SPLIT)
      .map((s) => s.replace(LEADING_ARTICLE, "").trim())
      .filter(Boolean)
      .join(" > ");
  }
  const since = SINCE_RE.exec(sentence);
  const monthYear = MONTH_YEAR_RE.exec(sentence);
  const year = YEAR_RE.exec(sentence);
  if (since) {
    out.refersLabel = since[0];
    if (since[3]) {
      Object.assign(out, { refersStart: `${since[3]}-01-01`, refersPrecision: "year" });
    } else {
      const m = MONTHS[since[1]!.toLowerCase()]!;
      const y = since[2] ? Number(since[2]) : yearOfMonth(m, reportedOn);
      Object.assign(out, { refersStart: `${y}-${pad(m)}-01`, refersPrecision: "month" });
    }
    if (reportedOn) out.refersEnd = reportedOn;
  } else if (monthYear) {
    const m = MONTHS[monthYear[1]!.toLowerCase()]!;
    const y = monthYear[2] ? Number(monthYear[2]) : yearOfMonth(m, reportedOn);
    Object.assign(out, {
      refersStart: `${y}-${pad(m)}-01`,
      refersEnd: `${y}-${pad(m)}-${lastDay(y, m)}`,
      refersPrecision: "month",
      refersLabel: monthYear[0],
    });
  } else if (year) {
    Object.assign(out, {
      refersStart: `${year[1]}-01-01`,
      refersEnd: `${year[1]}-12-31`,
      refersPrecision: "year",
      refersLabel: year[0],
    });
  }
  return out;
}
