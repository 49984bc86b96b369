// The whole-article form's flat fields → logObservations' inputs. Shared fields (outlet, link,
// reported date) are written once; each ticked row ("rows.3.pick" = "on") adds one value with its
// own cited source and refers-to period, and a row whose figure is "__new" adds a new figure too.
// `labels` names each value as the page does (“$180 million”), for error messages. No validation.
import { NEW_OUTLET } from "./form-to-input";

export const NEW_FIGURE = "__new_figure";

export function articleFormToInputs(form: FormData) {
  const get = (k: string) => {
    const v = form.get(k);
    return typeof v === "string" ? v : undefined;
  };
  const outletId = get("outletId");
  const isNewOutlet = outletId === NEW_OUTLET;
  const shared = {
    outletId: isNewOutlet ? undefined : outletId,
    newOutlet: isNewOutlet ? { name: get("newOutlet.name") ?? "", kind: get("newOutlet.kind") || "other", domain: get("newOutlet.domain") } : undefined,
    url: get("url"),
    reportedOn: get("reportedOn"),
  };
  const rows = [...new Set([...form.keys()].map((k) => /^rows\.(\d+)\.pick$/.exec(k)?.[1]).filter((i): i is string => i !== undefined))]
    .filter((i) => get(`rows.${i}.pick`) === "on")
    .sort((a, b) => Number(a) - Number(b));

  const inputs: Record<string, unknown>[] = [];
  const newFigures: Record<string, unknown>[] = [];
  const rowOfInput: number[] = [];
  const rowOfNewFigure: number[] = [];
  const labels: string[] = [];
  for (const i of rows) {
    const r = (k: string) => get(`rows.${i}.${k}`);
    let figureSlug = r("figure");
    if (figureSlug === NEW_FIGURE) {
      figureSlug = r("newFigure.slug");
      newFigures.push({ title: r("newFigure.title"), unit: r("newFigure.unit"), kind: r("newFigure.kind"), slug: figureSlug });
      rowOfNewFigure.push(Number(i));
    }
    const period = { refersStart: r("refersStart"), refersEnd: r("refersEnd"), refersPrecision: r("refersPrecision"), refersLabel: r("refersLabel") };
    const number = { qualifier: r("qualifier"), value: r("value"), low: r("low"), high: r("high") };
    inputs.push({ ...shared, figureSlug, ...number, ...period, citedSources: r("citedSources"), quote: r("quote") });
    rowOfInput.push(Number(i));
    labels.push(`number ${Number(i) + 1} (“${r("text") ?? r("value") ?? ""}”)`);
  }
  return { inputs, newFigures, rowOfInput, rowOfNewFigure, labels };
}
