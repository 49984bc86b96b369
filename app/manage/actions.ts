"use server";
// Editors manage figures, outlets, sources and events. Each action checks the role (handleFormAction);
// the writes, their version checks and revisions are in lib/.
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { saveEvent } from "@/lib/events/save-event";
import { createFigure } from "@/lib/figures/create-figure";
import { figureFormToInput } from "@/lib/figures/figure-form";
import { updateFigure } from "@/lib/figures/update-figure";
import { handleFormAction } from "@/lib/http/handle-form-action";
import { readForm } from "@/lib/http/read-form";
import { mergeOutlets } from "@/lib/outlets/merge-outlets";
import { updateOutlet } from "@/lib/outlets/update-outlet";
import { addSource } from "@/lib/sources/add-source";
import { confirmCitations } from "@/lib/sources/confirm-citations";
import { mergeSources } from "@/lib/sources/merge-sources";
import { updateSource } from "@/lib/sources/update-source";


/** The success toasts, in the editor's language. */
const toasts = () => getTranslations("manage.toast");

export const createFigureAction = handleFormAction("editor", async ({ form, actor }) => {
  const figure = await createFigure({ actor, input: figureFormToInput(form) });
  revalidatePath("/manage/figures");
  return { ok: true, message: (await toasts())("created", { title: figure.title }) };
});

export const updateFigureAction = handleFormAction("editor", async ({ form, actor }) => {
  const figure = await updateFigure({ actor, input: figureFormToInput(form) });
  revalidatePath("/manage/figures");
  return { ok: true, message: (await toasts())("saved", { title: figure.title }) };
});

export const updateOutletAction = handleFormAction("editor", async ({ form, actor }) => {
  const outlet = await updateOutlet({ actor, input: readForm(form) });
  revalidatePath("/manage/outlets");
  return { ok: true, message: (await toasts())("savedName", { name: outlet.name }) };
});

export const mergeOutletsAction = handleFormAction("editor", async ({ form, actor }) => {
  const { survivor, duplicate, repointed } = await mergeOutlets({ actor, input: readForm(form) });
  revalidatePath("/manage/outlets");
  return { ok: true, message: (await toasts())("mergedOutlets", { duplicate: duplicate.name, survivor: survivor.name, count: repointed }) };
});

export const saveEventAction = handleFormAction("editor", async ({ form, actor }) => {
  const event = await saveEvent({ actor, input: readForm(form) });
  revalidatePath("/manage/events");
  return { ok: true, message: (await toasts())("saved", { title: event.title }) };
});

export const addSourceAction = handleFormAction("editor", async ({ form, actor }) => {
  const source = await addSource({ actor, input: readForm(form) });
  revalidatePath("/manage/sources");
  return { ok: true, message: (await toasts())("added", { name: source.name }) };
});

export const updateSourceAction = handleFormAction("editor", async ({ form, actor }) => {
  const source = await updateSource({ actor, input: readForm(form) });
  revalidatePath("/manage/sources");
  return { ok: true, message: (await toasts())("savedName", { name: source.name }) };
});

export const mergeSourcesAction = handleFormAction("editor", async ({ form, actor }) => {
  const { survivor, duplicate, repointed } = await mergeSources({ actor, input: readForm(form) });
  revalidatePath("/manage/sources");
  return { ok: true, message: (await toasts())("mergedSources", { duplicate: duplicate.name, survivor: survivor.name, count: repointed }) };
});

/** "This cited text is that source" — or, with newName, a new source made from it. */
export const confirmCitationsAction = handleFormAction("editor", async ({ form, actor }) => {
  const f = readForm(form);
  const newSource = f.newName ? { name: f.newName, kind: f.newKind, aliases: [f.text] } : undefined;
  const { source, observations } = await confirmCitations({ actor, input: { text: f.text, sourceId: f.sourceId }, newSource });
  revalidatePath("/manage/sources");
  return { ok: true, message: (await toasts())("confirmed", { text: f.text, source, count: observations }) };
});
