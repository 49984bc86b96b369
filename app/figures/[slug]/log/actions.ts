"use server";
// Server action behind the log form: role check and error mapping in handleFormAction, the
// write itself in lib/observations/log-observation.ts.
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { handleFormAction } from "@/lib/http/handle-form-action";
import { logObservation } from "@/lib/observations/log-observation";
import { formToObservationInput } from "@/lib/observations/form-to-input";

export const logObservationAction = handleFormAction("editor", async ({ form, actor }) => {
  const input = formToObservationInput(form);
  const saved = await logObservation({ db: getDb(), actor, input });
  redirect(`/figures/${encodeURIComponent(String(input.figureSlug))}?logged=${saved.id}`);
});
