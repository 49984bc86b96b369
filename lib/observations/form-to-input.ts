// The log form's flat fields → the shape ZLogObservation validates. No validation here.
const NEW_OUTLET = "__new";

export function formToObservationInput(form: FormData): Record<string, unknown> {
  const get = (k: string) => {
    const v = form.get(k);
    return typeof v === "string" ? v : undefined;
  };
  const outletId = get("outletId");
  const isNew = outletId === NEW_OUTLET;
  const time = get("reportedTime")?.trim();
  const reportedOn = get("reportedOn");
  return {
    figureSlug: get("figureSlug"),
    outletId: isNew ? undefined : outletId,
    newOutlet: isNew ? { name: get("newOutlet.name") ?? "", kind: get("newOutlet.kind") || "other", domain: get("newOutlet.domain") } : undefined,
    qualifier: get("qualifier"),
    value: get("value"),
    low: get("low"),
    high: get("high"),
    refersStart: get("refersStart"),
    refersEnd: get("refersEnd"),
    refersPrecision: get("refersPrecision"),
    refersLabel: get("refersLabel"),
    reportedOn,
    reportedAt: time && reportedOn ? `${reportedOn}T${time.length === 5 ? `${time}:00` : time}Z` : undefined,
    citedSources: get("citedSources"),
    url: get("url"),
    quote: get("quote"),
    note: get("note"),
  };
}

export { NEW_OUTLET };

/** What was typed, to send back with warnings so the form shows it unchanged. */
export function formValues(form: FormData): Record<string, string> {
  return Object.fromEntries([...form.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$")) as [string, string][]);
}
