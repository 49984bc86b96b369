"use server";
// Save a figure's monitoring rules (editors).
import { revalidatePath } from "next/cache";
import { handleFormAction } from "@/lib/http/handle-form-action";
import { getActionTranslations } from "@/lib/i18n/get-action-translations";
import { formToSettings } from "@/lib/monitoring/form-to-settings";
import { updateMonitoringSettings } from "@/lib/monitoring/update-monitoring-settings";

export const saveMonitoringAction = handleFormAction("editor", async ({ form, actor }) => {
  const slug = String(form.get("slug") ?? "");
  await updateMonitoringSettings({ actor, input: { slug, ...formToSettings(form) } });
  revalidatePath(`/figures/${slug}/monitoring`);
  return { ok: true, message: (await getActionTranslations("monitoringPage.form"))("saved") };
});
