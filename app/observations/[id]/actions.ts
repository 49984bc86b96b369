"use server";
// Server actions behind an observation's Edit, Retract and Check / Send back forms: role check
// and error mapping in handleFormAction, the writes in lib/observations.
import { redirect } from "next/navigation";
import { handleFormAction } from "@/lib/http/handle-form-action";
import { formText, readForm } from "@/lib/http/read-form";
import { safeRedirect } from "@/lib/http/safe-redirect";
import { checkObservation } from "@/lib/observations/check-observation";
import { formToObservationInput } from "@/lib/observations/observation-form";
import type { EditState } from "@/lib/observations/edit-state";
import { retractObservation } from "@/lib/observations/retract-observation";
import { StaleEditError } from "@/lib/observations/stale-edit-error";
import { updateObservation } from "@/lib/observations/update-observation";
import { listRevisions } from "@/lib/revisions/list-revisions";
import { getActionTranslations } from "@/lib/i18n/get-action-translations";
import { translateMessage } from "@/lib/i18n/localize-error";
import { getRequestLocale } from "@/lib/i18n/request-locale";

const withDone = (path: string, done: string) => `${path}${path.includes("?") ? "&" : "?"}done=${done}`;

export const editObservationAction = handleFormAction("editor", async ({ form, actor }) => {
  const id = formText(form, "id") ?? "";
  const { figureSlug: _slug, newOutlet: _new, ...fields } = formToObservationInput(form);
  try {
    const seen = Number(formText(form, "version"));
    const after = await updateObservation({
      actor,
      input: { ...fields, id, version: formText(form, "version"), reason: formText(form, "reason") },
    });
    // A version beyond the next one means the save was merged onto someone else's change.
    if (after.version > seen + 1) redirect(withDone(`/observations/${id}`, "combined"));
  } catch (e) {
    if (!(e instanceof StaleEditError)) throw e;
    const [[latest], t, locale] = await Promise.all([
      listRevisions({ entityIds: [id], limit: 1 }),
      getActionTranslations("forms.conflict"),
      getRequestLocale(),
    ]);
    const state: EditState = {
      message: translateMessage(e.message, locale),
      values: readForm(form),
      conflict: {
        current: e.current,
        by: latest?.actor ?? t("anotherEditor"),
        at: latest?.createdAt ?? "",
        merge: e.merge,
      },
    };
    return state;
  }
  redirect(withDone(`/observations/${id}`, "edited"));
});

export const retractObservationAction = handleFormAction("editor", async ({ form, actor }) => {
  const id = formText(form, "id") ?? "";
  await retractObservation({
    actor,
    input: { id, version: formText(form, "version"), reason: formText(form, "reason") },
  });
  redirect(withDone(`/observations/${id}`, "retracted"));
});

export const checkObservationAction = handleFormAction("editor", async ({ form, actor }) => {
  const id = formText(form, "id") ?? "";
  const decision = formText(form, "decision");
  await checkObservation({
    actor,
    input: { id, version: formText(form, "version"), decision, comment: formText(form, "comment") },
  });
  redirect(
    withDone(
      safeRedirect(formText(form, "returnTo"), `/observations/${id}`),
      decision === "returned" ? "returned" : "checked",
    ),
  );
});
