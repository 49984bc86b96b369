// The contract of a reported value's form (the log form, the edit form and each row of the
// article form): its field names and their labels (keys of the `log` message namespace), posted
// form → input for ZLogObservation / the edit schema, and stored value → form values. The
// components (components/observations/observation-fields.tsx) only draw these fields.
import type { ObservationDto } from "./observation-dto";
import type { UpdateObservationInput } from "./schemas";
import { formText } from "../http/read-form";

/** The outlet select's "+ Add a new outlet" choice: the newOutlet.* fields then name it. */
export const NEW_OUTLET = "__new";

/** Every field, in form order, with its label's key in the `log` namespace. */
export const OBSERVATION_FIELDS = [
  { name: "url", label: "link" },
  { name: "quote", label: "quote" },
  { name: "qualifier", label: "qualifierLabel" },
  { name: "value", label: "value" },
  { name: "low", label: "low" },
  { name: "high", label: "high" },
  { name: "outletId", label: "outlet" },
  { name: "newOutlet.name", label: "newOutletName" },
  { name: "newOutlet.kind", label: "kind" },
  { name: "newOutlet.domain", label: "domain" },
  { name: "citedSources", label: "cited" },
  { name: "reportedOn", label: "reportedOn" },
  { name: "reportedTime", label: "time" },
  { name: "refersStart", label: "refersFrom" },
  { name: "refersEnd", label: "refersUntil" },
  { name: "refersPrecision", label: "precisionLabel" },
  { name: "refersLabel", label: "periodWords" },
  { name: "note", label: "note" },
] as const;

export const OBSERVATION_FIELD_NAMES = OBSERVATION_FIELDS.map((f) => f.name);
export type ObservationFieldName = (typeof OBSERVATION_FIELDS)[number]["name"];
export type ObservationFieldValues = Record<ObservationFieldName, string>;
export type ObservationFieldLabel = (typeof OBSERVATION_FIELDS)[number]["label"];

const NOT_EDITABLE = new Set<ObservationFieldName>(["newOutlet.name", "newOutlet.kind", "newOutlet.domain"]);
type EditFieldName = Exclude<ObservationFieldName, "newOutlet.name" | "newOutlet.kind" | "newOutlet.domain">;

/** The fields an editor can change (an edit keeps to existing outlets), in form order. */
export const EDIT_FIELDS = OBSERVATION_FIELDS.filter((f) => !NOT_EDITABLE.has(f.name)) as {
  name: EditFieldName;
  label: ObservationFieldLabel;
}[];
export type ObservationFormValues = Record<EditFieldName, string>;

const DEFAULTS: Partial<ObservationFieldValues> = { qualifier: "exact", "newOutlet.kind": "other" };

/** Every field's value from a flat record (a stored value, the server's echo of a post), "" where missing. */
export function toFieldValues(from: Partial<Record<string, string>> = {}): ObservationFieldValues {
  return Object.fromEntries(
    OBSERVATION_FIELD_NAMES.map((k) => [k, from[k] ?? DEFAULTS[k] ?? ""]),
  ) as ObservationFieldValues;
}

/** The form's date and optional "HH:MM" time (UTC) → the ISO instant the schemas read. */
export function joinReportedAt(reportedOn: string | undefined, time: string | undefined): string | undefined {
  const t = time?.trim();
  return t && reportedOn ? `${reportedOn}T${t.length === 5 ? `${t}:00` : t}Z` : undefined;
}

/** A new outlet named in the form, when the outlet select says NEW_OUTLET. */
export function readOutlet(get: (k: string) => string | undefined) {
  const outletId = get("outletId");
  const isNew = outletId === NEW_OUTLET;
  return {
    outletId: isNew ? undefined : outletId,
    newOutlet: isNew
      ? { name: get("newOutlet.name") ?? "", kind: get("newOutlet.kind") || "other", domain: get("newOutlet.domain") }
      : undefined,
  };
}

/** Posted form → the shape ZLogObservation validates. No validation here. */
export function formToObservationInput(form: FormData): Record<string, unknown> {
  const get = (k: string) => formText(form, k);
  const fields = Object.fromEntries(EDIT_FIELDS.map(({ name }) => [name, get(name)]));
  const { reportedTime, outletId: _outlet, ...rest } = fields;
  return {
    ...rest,
    figureSlug: get("figureSlug"),
    ...readOutlet(get),
    reportedAt: joinReportedAt(rest.reportedOn, reportedTime),
  };
}

/** The stored fields a form starts from, whichever side they come from (a DTO or a parsed edit). */
type Stored = Omit<
  ObservationFormValues,
  | "reportedTime"
  | "citedSources"
  | "value"
  | "low"
  | "high"
  | "refersStart"
  | "refersEnd"
  | "refersPrecision"
  | "refersLabel"
  | "url"
  | "note"
> & {
  reportedAt?: string | null;
  citedSources: string[];
} & Partial<
    Record<
      "value" | "low" | "high" | "refersStart" | "refersEnd" | "refersPrecision" | "refersLabel" | "url" | "note",
      string | null
    >
  >;

function storedToFormValues(s: Stored): ObservationFormValues {
  const v = (x: string | null | undefined) => x ?? "";
  return {
    outletId: s.outletId,
    qualifier: s.qualifier,
    value: v(s.value),
    low: v(s.low),
    high: v(s.high),
    reportedOn: s.reportedOn,
    reportedTime: s.reportedAt ? new Date(s.reportedAt).toISOString().slice(11, 16) : "",
    refersStart: v(s.refersStart),
    refersEnd: v(s.refersEnd),
    refersPrecision: v(s.refersPrecision),
    refersLabel: v(s.refersLabel),
    citedSources: s.citedSources.join(" > "),
    url: v(s.url),
    quote: s.quote,
    note: v(s.note),
  };
}

/** A stored observation as the edit form's fields, so a form can start from it and a conflict screen compare. */
export function toFormValues(o: ObservationDto): ObservationFormValues {
  return storedToFormValues({ ...o, outletId: o.outlet.id });
}

/** A parsed edit back in the form's fields (the inverse of reading the form). */
export function editInputToFormValues(input: UpdateObservationInput): ObservationFormValues {
  return storedToFormValues(input);
}

/** Form fields → the edit's raw input (validated again by the caller). */
export function formValuesToEditInput(v: ObservationFormValues): Record<string, string | undefined> {
  const { reportedTime, ...rest } = v;
  return { ...rest, reportedAt: joinReportedAt(v.reportedOn, reportedTime) };
}

/** The same field, typed differently ("253,000" vs "253000", spaces around "›") counts as the same. */
export function sameFieldValue(name: string, a: string, b: string): boolean {
  const norm = (s: string) => {
    const t = s.trim();
    if (name === "value" || name === "low" || name === "high")
      return t
        .replace(/[,\s\u00a0_]/g, "")
        .replace(/(\.\d*?)0+$/, "$1")
        .replace(/\.$/, "");
    if (name === "citedSources")
      return t
        .split(/\s*(?:>|›|\n)\s*/)
        .filter(Boolean)
        .join(" > ");
    return t;
  };
  return norm(a) === norm(b);
}
