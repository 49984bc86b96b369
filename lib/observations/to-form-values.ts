// An observation as the edit form's flat string fields (the inverse of formToObservationInput),
// so a form can start from the stored value and a conflict screen can compare field by field.
import type { ObservationDto } from "./observation-dto";

export type ObservationFormValues = Record<(typeof EDIT_FIELDS)[number]["name"], string>;

/** The fields an editor can change, in form order, with the label the form shows. */
export const EDIT_FIELDS = [
  { name: "outletId", label: "Outlet" },
  { name: "qualifier", label: "Qualifier" },
  { name: "value", label: "Value" },
  { name: "low", label: "Low" },
  { name: "high", label: "High" },
  { name: "reportedOn", label: "Reported on" },
  { name: "reportedTime", label: "Time (UTC)" },
  { name: "refersStart", label: "Refers from" },
  { name: "refersEnd", label: "Refers to" },
  { name: "refersPrecision", label: "Period precision" },
  { name: "refersLabel", label: "Period, in the reporter's words" },
  { name: "citedSources", label: "Cited source" },
  { name: "url", label: "Link to the article" },
  { name: "quote", label: "Quote" },
  { name: "note", label: "Note" },
] as const;

export function toFormValues(o: ObservationDto): ObservationFormValues {
  return {
    outletId: o.outlet.id,
    qualifier: o.qualifier,
    value: o.value ?? "",
    low: o.low ?? "",
    high: o.high ?? "",
    reportedOn: o.reportedOn,
    reportedTime: o.reportedAt ? o.reportedAt.slice(11, 16) : "",
    refersStart: o.refersStart ?? "",
    refersEnd: o.refersEnd ?? "",
    refersPrecision: o.refersPrecision ?? "",
    refersLabel: o.refersLabel ?? "",
    citedSources: o.citedSources.join(" > "),
    url: o.url ?? "",
    quote: o.quote,
    note: o.note ?? "",
  };
}

/** The same field, typed differently ("253,000" vs "253000", spaces around "›") counts as the same. */
export function sameFieldValue(name: string, a: string, b: string): boolean {
  const norm = (s: string) => {
    const t = s.trim();
    if (name === "value" || name === "low" || name === "high") return t.replace(/[,\s\u00a0_]/g, "").replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
    if (name === "citedSources") return t.split(/\s*(?:>|›|\n)\s*/).filter(Boolean).join(" > ");
    return t;
  };
  return norm(a) === norm(b);
}
