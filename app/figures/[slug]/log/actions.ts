"use server";
// Server action behind the log form: role check and error mapping in handleFormAction, the
// write itself in lib/observations/log-observation.ts. The first submit answers with warnings
// (likely duplicate, unit, a running total going down) if there are any; "Save anyway" resends
// with confirmWarnings=1.
import { redirect } from "next/navigation";
import { handleFormAction } from "@/lib/http/handle-form-action";
import { findLogWarnings } from "@/lib/observations/find-log-warnings";
import { logObservation } from "@/lib/observations/log-observation";
import { formToObservationInput, formValues } from "@/lib/observations/form-to-input";

export const logObservationAction = handleFormAction("editor", async ({ form, actor }) => {
  const input = formToObservationInput(form);
  if (form.get("confirmWarnings") !== "1") {
    const warnings = await findLogWarnings({ input });
    if (warnings.length) return { warnings, values: formValues(form) };
  }
  const saved = await logObservation({ actor, input });
  redirect(`/figures/${encodeURIComponent(String(input.figureSlug))}?logged=${saved.id}`);
});
