// What a revision changed, in words: compares two stored snapshots (DTOs) field by field.
// Pure; the history pages and the edit-conflict screen use it.

export type FieldChange = { field: string; label: string; before: string; after: string };

/** Fields a person reads, in reading order. Anything else (ids, versions, timestamps) is bookkeeping. */
const LABELS: Record<string, string> = {
  display: "Reported value",
  outlet: "Outlet",
  citedSources: "Cited sources",
  reportedOn: "Reported on",
  reportedAt: "Reported at",
  refersStart: "Refers from",
  refersEnd: "Refers to",
  refersPrecision: "Period precision",
  refersLabel: "Period, in the reporter's words",
  url: "Link",
  quote: "Quote",
  note: "Note",
  status: "Status",
  statusReason: "Retraction reason",
  checkStatus: "Check",
  checkedBy: "Checked by",
  checkComment: "Checker's comment",
  // figures, outlets, events
  title: "Title",
  description: "Description",
  titleEs: "Title in Spanish",
  descriptionEs: "Description in Spanish",
  unit: "Unit",
  kind: "Kind",
  topics: "Topics",
  isActive: "Active",
  name: "Name",
  domains: "Domains",
  mergedIntoId: "Merged into",
  date: "Date",
  topic: "Topic",
};

/** A snapshot's value as one line of text. */
export function readable(v: unknown): string {
  if (v === null || v === undefined || v === "") return "—";
  if (Array.isArray(v)) return v.length ? v.map(readable).join(" › ") : "—";
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    return typeof o.name === "string" ? o.name : JSON.stringify(v);
  }
  return String(v);
}

/** A figure's `translations: { es: { title, description } }` read as the fields titleEs, descriptionEs. */
function withTranslations(snapshot: unknown): Record<string, unknown> {
  const s = (snapshot ?? {}) as Record<string, unknown>;
  if (!s.translations || typeof s.translations !== "object") return s;
  const es = (s.translations as { es?: { title?: string; description?: string } }).es;
  return { ...s, titleEs: es?.title ?? "", descriptionEs: es?.description ?? "" };
}

export function diffSnapshots(before: unknown, after: unknown): FieldChange[] {
  const b = withTranslations(before);
  const a = withTranslations(after);
  const changes: FieldChange[] = [];
  for (const [field, label] of Object.entries(LABELS)) {
    if (!(field in a) && !(field in b)) continue;
    const was = readable(b[field]);
    const now = readable(a[field]);
    if (was !== now) changes.push({ field, label, before: was, after: now });
  }
  return changes;
}
