// Dates in Tally are calendar dates (no time zone): "2025-10-24" → "Oct 24, 2025".
const DAY = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });

export function formatDate(iso: string): string {
  return DAY.format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

/** The refers-to period in words, preferring the reporter's own label. */
export function formatPeriod(o: { refersStart: string | null; refersEnd: string | null; refersLabel: string | null }): string {
  if (o.refersLabel) return o.refersLabel;
  if (o.refersStart && o.refersEnd) return o.refersStart === o.refersEnd ? formatDate(o.refersStart) : `${formatDate(o.refersStart)} – ${formatDate(o.refersEnd)}`;
  if (o.refersEnd) return `through ${formatDate(o.refersEnd)}`;
  if (o.refersStart) return `since ${formatDate(o.refersStart)}`;
  return "not stated";
}
