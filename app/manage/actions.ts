"use server";
// Editors manage figures, outlets, sources and events. Each action checks the role (handleFormAction);
// the writes, their version checks and revisions are in lib/.
import { revalidatePath } from "next/cache";
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


export const createFigureAction = handleFormAction("editor", async ({ form, actor }) => {
  const figure = await createFigure({ actor, input: figureFormToInput(form) });
  revalidatePath("/manage/figures");
  return { ok: true, message: `Created “${figure.title}”.` };
});

export const updateFigureAction = handleFormAction("editor", async ({ form, actor }) => {
  const figure = await updateFigure({ actor, input: figureFormToInput(form) });
  revalidatePath("/manage/figures");
  return { ok: true, message: `Saved “${figure.title}”.` };
});

export const updateOutletAction = handleFormAction("editor", async ({ form, actor }) => {
  const outlet = await updateOutlet({ actor, input: readForm(form) });
  revalidatePath("/manage/outlets");
  return { ok: true, message: `Saved ${outlet.name}.` };
});

export const mergeOutletsAction = handleFormAction("editor", async ({ form, actor }) => {
  const { survivor, duplicate, repointed } = await mergeOutlets({ actor, input: readForm(form) });
  revalidatePath("/manage/outlets");
  return { ok: true, message: `Merged ${duplicate.name} into ${survivor.name}: ${repointed} ${repointed === 1 ? "value" : "values"} moved.` };
});

export const saveEventAction = handleFormAction("editor", async ({ form, actor }) => {
  const event = await saveEvent({ actor, input: readForm(form) });
  revalidatePath("/manage/events");
  return { ok: true, message: `Saved “${event.title}”.` };
});

export const addSourceAction = handleFormAction("editor", async ({ form, actor }) => {
  const source = await addSource({ actor, input: readForm(form) });
  revalidatePath("/manage/sources");
  return { ok: true, message: `Added ${source.name}.` };
});

export const updateSourceAction = handleFormAction("editor", async ({ form, actor }) => {
  const source = await updateSource({ actor, input: readForm(form) });
  revalidatePath("/manage/sources");
  return { ok: true, message: `Saved ${source.name}.` };
});

export const mergeSourcesAction = handleFormAction("editor", async ({ form, actor }) => {
  const { survivor, duplicate, repointed } = await mergeSources({ actor, input: readForm(form) });
  revalidatePath("/manage/sources");
  return { ok: true, message: `Merged ${duplicate.name} into ${survivor.name}: ${repointed} ${repointed === 1 ? "report" : "reports"} relinked.` };
});

/** "This cited text is that source" — or, with newName, a new source made from it. */
export const confirmCitationsAction = handleFormAction("editor", async ({ form, actor }) => {
  const f = readForm(form);
  const newSource = f.newName ? { name: f.newName, kind: f.newKind, aliases: [f.text] } : undefined;
  const { source, observations } = await confirmCitations({ actor, input: { text: f.text, sourceId: f.sourceId }, newSource });
  revalidatePath("/manage/sources");
  return { ok: true, message: `“${f.text}” is ${source}: ${observations} ${observations === 1 ? "report" : "reports"} confirmed.` };
});
