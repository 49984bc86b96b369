"use server";
// Server actions behind an observation's Edit, Retract and Check / Send back forms: role check
// and error mapping in handleFormAction, the writes in lib/observations.
import { redirect } from "next/navigation";
import { handleFormAction } from "@/lib/http/handle-form-action";
import { safeRedirect } from "@/lib/http/safe-redirect";
import { checkObservation } from "@/lib/observations/check-observation";
import { formToObservationInput } from "@/lib/observations/form-to-input";
import type { EditState } from "@/lib/observations/edit-state";
import { retractObservation } from "@/lib/observations/retract-observation";
import { StaleEditError } from "@/lib/observations/stale-edit-error";
import { updateObservation } from "@/lib/observations/update-observation";
import { listRevisions } from "@/lib/revisions/list-revisions";


const text = (form: FormData, key: string) => {
  const v = form.get(key);
  return typeof v === "string" ? v : undefined;
};

const withDone = (path: string, done: string) => `${path}${path.includes("?") ? "&" : "?"}done=${done}`;

export const editObservationAction = handleFormAction("editor", async ({ form, actor }) => {
  const id = text(form, "id") ?? "";
  const { figureSlug: _slug, newOutlet: _new, ...fields } = formToObservationInput(form);
  try {
    const seen = Number(text(form, "version"));
    const after = await updateObservation({ actor, input: { ...fields, id, version: text(form, "version"), reason: text(form, "reason") } });
    // A version beyond the next one means the save was merged onto someone else's change.
    if (after.version > seen + 1) redirect(withDone(`/observations/${id}`, "combined"));
  } catch (e) {
    if (!(e instanceof StaleEditError)) throw e;
    const [latest] = await listRevisions({ entityIds: [id], limit: 1 });
    const values = Object.fromEntries([...form.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$"))) as Record<string, string>;
    const state: EditState = { message: e.message, values, conflict: { current: e.current, by: latest?.actor ?? "another editor", at: latest?.createdAt ?? "", merge: e.merge } };
    return state;
  }
  redirect(withDone(`/observations/${id}`, "edited"));
});

export const retractObservationAction = handleFormAction("editor", async ({ form, actor }) => {
  const id = text(form, "id") ?? "";
  await retractObservation({ actor, input: { id, version: text(form, "version"), reason: text(form, "reason") } });
  redirect(withDone(`/observations/${id}`, "retracted"));
});

export const checkObservationAction = handleFormAction("editor", async ({ form, actor }) => {
  const id = text(form, "id") ?? "";
  const decision = text(form, "decision");
  await checkObservation({ actor, input: { id, version: text(form, "version"), decision, comment: text(form, "comment") } });
  redirect(withDone(safeRedirect(text(form, "returnTo"), `/observations/${id}`), decision === "returned" ? "returned" : "checked"));
});
