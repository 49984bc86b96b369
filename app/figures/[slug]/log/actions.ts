"use server";
// Server action behind the log form: role check and error mapping in handleFormAction, the
// write itself in lib/observations/log-observation.ts. The first submit answers with warnings
// (likely duplicate, unit, a running total going down) if there are any; "Save anyway" resends
// with confirmWarnings=1 (the warnings step is lib/observations/log-observation-or-warn.ts).
import { redirect } from "next/navigation";
import { handleFormAction } from "@/lib/http/handle-form-action";
import { logObservationOrWarn, WarningsToConfirm } from "@/lib/observations/log-observation-or-warn";
import { readForm } from "@/lib/http/read-form";
import { formToObservationInput } from "@/lib/observations/observation-form";

export const logObservationAction = handleFormAction("editor", async ({ form, actor }) => {
  const input = formToObservationInput(form);
  let saved;
  try {
    saved = await logObservationOrWarn({ actor, input, force: form.get("confirmWarnings") === "1" });
  } catch (e) {
    if (e instanceof WarningsToConfirm) return { warnings: e.warnings, values: readForm(form) };
    throw e;
  }
  redirect(`/figures/${encodeURIComponent(String(input.figureSlug))}?logged=${saved.id}`);
});
