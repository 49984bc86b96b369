"use server";
// Acknowledge or resolve an alert: role check and error mapping in handleFormAction, the
// change itself (with its revision) in lib/monitoring/update-alert-status.ts.
import { revalidatePath } from "next/cache";
import { handleFormAction } from "@/lib/http/handle-form-action";
import { getActionTranslations } from "@/lib/i18n/get-action-translations";
import { updateAlertStatus } from "@/lib/monitoring/update-alert-status";
import { updateAlertsStatus } from "@/lib/monitoring/update-alerts-status";

export const updateAlertAction = handleFormAction("editor", async ({ form, actor }) => {
  const alert = await updateAlertStatus({
    actor,
    input: {
      alertId: form.get("alertId"),
      action: form.get("action"),
      note: form.get("note"),
      version: form.get("version"),
    },
  });
  revalidatePath("/alerts");
  const t = await getActionTranslations("alerts");
  return { ok: true, message: t("done", { action: alert.status === "resolved" ? "resolve" : "acknowledge" }) };
});

/** The ticked alerts ("<id>:<version>"), one note, one action; all change or none. */
export const bulkUpdateAlertsAction = handleFormAction("editor", async ({ form, actor }) => {
  const done = await updateAlertsStatus({
    actor,
    input: { alerts: form.getAll("alert"), action: form.get("action"), note: form.get("note") },
  });
  revalidatePath("/alerts");
  const t = await getActionTranslations("alerts");
  return {
    ok: true,
    message: t("doneMany", {
      count: done.length,
      action: form.get("action") === "resolve" ? "resolve" : "acknowledge",
    }),
  };
});
