// The contract of the whole-article form (components/log/article-log-form.tsx). Shared fields
// (outlet, link, reported date) are written once; each ticked row ("rows.3.pick" = "on") adds one
// value with its own number, cited source and refers-to period, and a row whose figure is
// NEW_FIGURE adds a new figure too. Here: the rows' field names, form → logObservations' inputs,
// and the way back, from an error on the n-th input to the field of its row on the page.
import { AppError } from "../errors";
import { formText } from "../http/read-form";
import type { ValueLabel } from "./log-observations";
import { readOutlet } from "./observation-form";

export const NEW_FIGURE = "__new_figure";

/** A row's field name as posted: `rows.<i>.<field>` (i is the number's place in the article). */
export const rowField = (i: number | string, field: string) => `rows.${i}.${field}`;

const ROW_VALUE_FIELDS = [
  "qualifier",
  "value",
  "low",
  "high",
  "refersStart",
  "refersEnd",
  "refersPrecision",
  "refersLabel",
  "citedSources",
  "quote",
] as const;

/** `labels` names each value as the page does (“$180 million”), for error messages. No validation. */
export function articleFormToInputs(form: FormData) {
  const get = (k: string) => formText(form, k);
  const shared = { ...readOutlet(get), url: get("url"), reportedOn: get("reportedOn") };
  const rows = [
    ...new Set(
      [...form.keys()].map((k) => /^rows\.(\d+)\.pick$/.exec(k)?.[1]).filter((i): i is string => i !== undefined),
    ),
  ]
    .filter((i) => get(rowField(i, "pick")) === "on")
    .sort((a, b) => Number(a) - Number(b));

  const inputs: Record<string, unknown>[] = [];
  const newFigures: Record<string, unknown>[] = [];
  const rowOfInput: number[] = [];
  const rowOfNewFigure: number[] = [];
  const labels: ValueLabel[] = [];
  for (const i of rows) {
    const r = (k: string) => get(rowField(i, k));
    let figureSlug = r("figure");
    if (figureSlug === NEW_FIGURE) {
      figureSlug = r("newFigure.slug");
      newFigures.push({
        title: r("newFigure.title"),
        unit: r("newFigure.unit"),
        kind: r("newFigure.kind"),
        slug: figureSlug,
      });
      rowOfNewFigure.push(Number(i));
    }
    inputs.push({ ...shared, figureSlug, ...Object.fromEntries(ROW_VALUE_FIELDS.map((k) => [k, r(k)])) });
    rowOfInput.push(Number(i));
    labels.push({ n: Number(i) + 1, text: r("text") ?? r("value") ?? "" });
  }
  return { inputs, newFigures, rowOfInput, rowOfNewFigure, labels };
}

/** An error about the n-th input ("1.value") or new figure ("newFigures.0.slug") → the same error on its row's field. */
export function toRowErrors(e: unknown, rows: { rowOfInput: number[]; rowOfNewFigure: number[] }): unknown {
  if (!(e instanceof AppError) || !e.fields) return e;
  const fields = Object.fromEntries(
    Object.entries(e.fields).map(([k, msgs]) => {
      const [head, ...rest] = k.split(".");
      if (head === "newFigures")
        return [rowField(rows.rowOfNewFigure[Number(rest[0])]!, `newFigure.${rest.slice(1).join(".")}`), msgs];
      if (/^\d+$/.test(head!)) return [rowField(rows.rowOfInput[Number(head)]!, rest.join(".")), msgs];
      return [k, msgs];
    }),
  );
  return Object.assign(new AppError(e.code, e.message, fields), {
    i18n: e.i18n,
    localizedMessages: e.localizedMessages,
  });
}
