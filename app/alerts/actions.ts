"use server";
// Acknowledge or resolve an alert: role check and error mapping in handleFormAction, the
// change itself (with its revision) in lib/monitoring/update-alert-status.ts.
import { revalidatePath } from "next/cache";
import { handleFormAction } from "@/lib/http/handle-form-action";
import { updateAlertStatus } from "@/lib/monitoring/update-alert-status";
import { updateAlertsStatus } from "@/lib/monitoring/update-alerts-status";

export const updateAlertAction = handleFormAction("editor", async ({ form, actor }) => {
  const alert = await updateAlertStatus({
    actor,
    input: { alertId: form.get("alertId"), action: form.get("action"), note: form.get("note"), version: form.get("version") },
  });
  revalidatePath("/alerts");
  return { ok: true, message: alert.status === "resolved" ? "Alert resolved" : "Alert acknowledged" };
});

/** The ticked alerts ("<id>:<version>"), one note, one action; all change or none. */
export const bulkUpdateAlertsAction = handleFormAction("editor", async ({ form, actor }) => {
  const done = await updateAlertsStatus({
    actor,
    input: { alerts: form.getAll("alert"), action: form.get("action"), note: form.get("note") },
  });
  revalidatePath("/alerts");
  const n = done.length === 1 ? "1 alert" : `${done.length} alerts`;
  return { ok: true, message: form.get("action") === "resolve" ? `${n} resolved` : `${n} acknowledged` };
});
