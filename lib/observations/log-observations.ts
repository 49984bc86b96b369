import "server-only";
// Several values at once (the whole-article flow): any new figures first, then each value with
// its revision, in ONE transaction — every value is saved, or none is. Field errors name the
// item: "1.value" is the second value's value, "newFigures.0.slug" the first new figure's slug;
// the message names each value (by `labels`, as its page shows it) and each field with its problem.
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError, type FieldErrors } from "../errors";
import { createFigure } from "../figures/create-figure";
import { ZCreateFigure } from "../figures/schemas";
import { errorText } from "../i18n/error-text";
import { translateMessage } from "../i18n/localize-error";
import { LOCALES, type Locale } from "../i18n/locales";
import { createOutlet } from "../outlets/create-outlet";
import { fieldErrorsOf } from "../validate";
import { insertObservation } from "./insert-observation";
import type { ObservationDto } from "./observation-dto";
import { ZLogObservation, type LogObservationInput } from "./schemas";
import { writeObservations } from "./write-observations";

export const MAX_VALUES_AT_ONCE = 50;

/** Fields every value of one article shares: named once, not once per value. */
const SHARED = new Set(["outletId", "newOutlet.name", "newOutlet.kind", "newOutlet.domain", "url", "reportedOn"]);

/** How the page names a ticked number: its place on the page and its text (“$180 million”). */
export type ValueLabel = { n: number; text: string };

/** "number 2 (“$180 million”): figure — Choose a figure." for every field of every item, in `locale`. */
function describeErrors(
  fields: FieldErrors,
  labels: ValueLabel[] | undefined,
  figureOfInput: (i: number) => string,
  locale: Locale,
): string {
  const lines = Object.entries(fields).map(([key, messages]) => {
    const parts = key.split(".");
    const isFigure = parts[0] === "newFigures";
    const index = Number(isFigure ? parts[1] : parts[0]);
    const field = parts.slice(isFigure ? 2 : 1).join(".");
    const isShared = !isFigure && labels !== undefined && SHARED.has(field);
    const label = labels?.[index];
    const who = isFigure
      ? errorText("newFigureLabel", { title: figureOfInput(index) }, locale)
      : isShared
        ? errorText("theArticle", {}, locale)
        : label
          ? errorText("numberLabel", { n: label.n, text: label.text }, locale)
          : errorText("valueLabel", { n: index + 1 }, locale);
    const name = isFigure
      ? errorText("figureFieldName", { field }, locale)
      : errorText("articleFieldName", { field: field.replace(/\W/g, "_") }, locale);
    return `${who}: ${name} — ${messages.map((m) => translateMessage(m, locale)).join(" ")}`;
  });
  return [...new Set(lines)].join(" · ");
}

export async function logObservations(opts: {
  db?: Db;
  actor: Actor;
  inputs: unknown[];
  newFigures?: unknown[];
  /** how the page names each input (number 2, “$180 million”), for messages */
  labels?: ValueLabel[];
}): Promise<ObservationDto[]> {
  const { inputs, newFigures = [] } = opts;
  if (inputs.length === 0)
    throw new AppError("validation_failed", "Tick at least one number to log.", {
      _: ["Tick at least one number to log."],
    });
  if (inputs.length > MAX_VALUES_AT_ONCE)
    throw new AppError("validation_failed", `Log at most ${MAX_VALUES_AT_ONCE} values at once.`);

  const fields: FieldErrors = {};
  const collect = (prefix: string, errors: FieldErrors) => {
    for (const [k, v] of Object.entries(errors)) (fields[`${prefix}.${k}`] ??= []).push(...v);
  };
  const figures = newFigures.map((f, i) => {
    const parsed = ZCreateFigure.safeParse(f);
    if (!parsed.success) collect(`newFigures.${i}`, fieldErrorsOf(parsed.error));
    return parsed.data;
  });
  const valid: LogObservationInput[] = [];
  inputs.forEach((input, i) => {
    const parsed = ZLogObservation.safeParse(input);
    if (parsed.success) valid.push(parsed.data);
    else collect(String(i), fieldErrorsOf(parsed.error));
  });
  if (Object.keys(fields).length) {
    const items = [
      ...new Set(
        Object.keys(fields).map((k) =>
          k
            .split(".")
            .slice(0, k.startsWith("newFigures") ? 2 : 1)
            .join("."),
        ),
      ),
    ];
    const detail = (locale: Locale) =>
      describeErrors(
        fields,
        opts.labels,
        (i) => String((newFigures[i] as { title?: unknown } | undefined)?.title ?? i + 1),
        locale,
      );
    const words = (locale: Locale) =>
      errorText("valuesNeedFixing", { count: items.length, detail: detail(locale) }, locale);
    const err = new AppError("validation_failed", words("en"), fields);
    err.localizedMessages = Object.fromEntries(LOCALES.filter((l) => l !== "en").map((l) => [l, words(l)]));
    throw err;
  }

  return writeObservations({
    db: opts.db,
    work: async (tx) => {
      for (const [i, figure] of figures.entries()) {
        await createFigure({ tx, actor: opts.actor, input: figure }).catch((e: unknown) => {
          if (!(e instanceof AppError) || !e.fields) throw e;
          throw new AppError(
            e.code,
            e.message,
            Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [`newFigures.${i}.${k}`, v])),
          );
        });
      }
      // One new outlet named on several values is created once and shared.
      const newOutletIds = new Map<string, string>();
      const saved: ObservationDto[] = [];
      for (const input of valid) {
        let { outletId } = input;
        if (!outletId && input.newOutlet) {
          const key = input.newOutlet.name.toLowerCase();
          if (!newOutletIds.has(key))
            newOutletIds.set(
              key,
              (await createOutlet({ tx, actor: opts.actor, input: input.newOutlet, fieldPrefix: "newOutlet." })).id,
            );
          outletId = newOutletIds.get(key);
        }
        saved.push(
          await insertObservation({ tx, actor: opts.actor, input: { ...input, outletId, newOutlet: undefined } }),
        );
      }
      // Monitoring looks at each figure once, with all of its new values, after the commit.
      return {
        result: saved,
        touched: saved.map((o, i) => ({ figureSlug: valid[i]!.figureSlug, observationIds: [o.id] })),
      };
    },
  });
}
