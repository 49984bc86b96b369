"use server";
// Manage → Figures: archive a story (its silence becomes history) or follow it again. The role
// is checked here (handleFormAction); the version check, revision and alert clean-up are in lib.
import { revalidatePath } from "next/cache";
import { archiveFigure } from "@/lib/figures/archive-figure";
import { handleFormAction } from "@/lib/http/handle-form-action";

export const archiveFigureAction = handleFormAction("editor", async ({ form, actor }) => {
  const figure = await archiveFigure({
    actor,
    input: {
      id: String(form.get("id") ?? ""),
      version: String(form.get("version") ?? ""),
      archived: form.get("archived") === "on",
      note: String(form.get("note") ?? ""),
    },
  });
  revalidatePath("/manage/figures");
  revalidatePath("/");
  // The toast names the figure (no words to translate); the form's summary now says "Archived <date>" or "Followed".
  return { ok: true, message: `✓ ${figure.title}` };
});
