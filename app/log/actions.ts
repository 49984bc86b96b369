"use server";
// Server actions of the global logging pages: create a figure (then log its first value), and
// save the values ticked in a whole article in one transaction.
import { redirect } from "next/navigation";
import { createFigure } from "@/lib/figures/create-figure";
import { handleFormAction } from "@/lib/http/handle-form-action";
import { articleFormToInputs } from "@/lib/observations/article-form-to-inputs";
import { logObservations } from "@/lib/observations/log-observations";
import { AppError } from "@/lib/errors";

export const createFigureAction = handleFormAction("editor", async ({ form, actor }) => {
  const get = (k: string) => (typeof form.get(k) === "string" ? String(form.get(k)) : undefined);
  const figure = await createFigure({
    actor,
    input: { title: get("title"), unit: get("unit"), kind: get("kind"), slug: get("slug"), description: get("description") ?? "" },
  });
  redirect(`/figures/${figure.slug}/log`);
});

export const logArticleAction = handleFormAction("editor", async ({ form, actor }) => {
  const { inputs, newFigures, rowOfInput, rowOfNewFigure, labels } = articleFormToInputs(form);
  let saved;
  try {
    saved = await logObservations({ actor, inputs, newFigures, labels });
  } catch (e) {
    // "1.value" is the second ticked number: point the error at its row on the page.
    if (e instanceof AppError && e.fields) {
      const fields = Object.fromEntries(
        Object.entries(e.fields).map(([k, msgs]) => {
          const [head, ...rest] = k.split(".");
          if (head === "newFigures") return [`rows.${rowOfNewFigure[Number(rest[0])]}.newFigure.${rest.slice(1).join(".")}`, msgs];
          if (/^\d+$/.test(head!)) return [`rows.${rowOfInput[Number(head)]}.${rest.join(".")}`, msgs];
          return [k, msgs];
        }),
      );
      throw Object.assign(new AppError(e.code, e.message, fields), { i18n: e.i18n });
    }
    throw e;
  }
  redirect(`/log/article?saved=${saved.map((o) => o.id).join(",")}`);
});
