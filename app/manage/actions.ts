"use server";
// Editors manage figures, outlets and events. Each action checks the role (handleFormAction);
// the writes, their version checks and revisions are in lib/.
import { revalidatePath } from "next/cache";
import { saveEvent } from "@/lib/events/save-event";
import { createFigure } from "@/lib/figures/create-figure";
import { ZCreateFigureForm } from "@/lib/figures/schemas";
import { updateFigure } from "@/lib/figures/update-figure";
import { handleFormAction } from "@/lib/http/handle-form-action";
import { mergeOutlets } from "@/lib/outlets/merge-outlets";
import { updateOutlet } from "@/lib/outlets/update-outlet";
import { parseInput } from "@/lib/validate";

const fields = (form: FormData) => Object.fromEntries([...form.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$")));

export const createFigureAction = handleFormAction("editor", async ({ form, actor }) => {
  const input = parseInput(ZCreateFigureForm, fields(form));
  const figure = await createFigure({ actor, input });
  revalidatePath("/manage/figures");
  return { ok: true, message: `Created “${figure.title}”.` };
});

export const updateFigureAction = handleFormAction("editor", async ({ form, actor }) => {
  const figure = await updateFigure({ actor, input: fields(form) });
  revalidatePath("/manage/figures");
  return { ok: true, message: `Saved “${figure.title}”.` };
});

export const updateOutletAction = handleFormAction("editor", async ({ form, actor }) => {
  const outlet = await updateOutlet({ actor, input: fields(form) });
  revalidatePath("/manage/outlets");
  return { ok: true, message: `Saved ${outlet.name}.` };
});

export const mergeOutletsAction = handleFormAction("editor", async ({ form, actor }) => {
  const { survivor, duplicate, repointed } = await mergeOutlets({ actor, input: fields(form) });
  revalidatePath("/manage/outlets");
  return { ok: true, message: `Merged ${duplicate.name} into ${survivor.name}: ${repointed} ${repointed === 1 ? "value" : "values"} moved.` };
});

export const saveEventAction = handleFormAction("editor", async ({ form, actor }) => {
  const event = await saveEvent({ actor, input: fields(form) });
  revalidatePath("/manage/events");
  return { ok: true, message: `Saved “${event.title}”.` };
});
