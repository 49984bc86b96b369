"use server";
// Server actions of the global logging pages: create a figure (then log its first value), and
// save the values ticked in a whole article in one transaction.
import { redirect } from "next/navigation";
import { createFigure } from "@/lib/figures/create-figure";
import { figureFormToInput } from "@/lib/figures/figure-form";
import { handleFormAction } from "@/lib/http/handle-form-action";
import { articleFormToInputs, toRowErrors } from "@/lib/observations/article-form";
import { logObservations } from "@/lib/observations/log-observations";

export const createFigureAction = handleFormAction("editor", async ({ form, actor }) => {
  const figure = await createFigure({ actor, input: figureFormToInput(form) });
  redirect(`/figures/${figure.slug}/log`);
});

export const logArticleAction = handleFormAction("editor", async ({ form, actor }) => {
  const { inputs, newFigures, rowOfInput, rowOfNewFigure, labels } = articleFormToInputs(form);
  let saved;
  try {
    saved = await logObservations({ actor, inputs, newFigures, labels });
  } catch (e) {
    // "1.value" is the second ticked number: point the error at its row on the page.
    throw toRowErrors(e, { rowOfInput, rowOfNewFigure });
  }
  redirect(`/log/article?saved=${saved.map((o) => o.id).join(",")}`);
});
