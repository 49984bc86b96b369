"use server";
// Site settings; admin only, checked here as well as on the page.
import { revalidatePath } from "next/cache";
import { getActionTranslations } from "@/lib/i18n/get-action-translations";
import { handleFormAction } from "@/lib/http/handle-form-action";
import { updateSiteSettings } from "@/lib/settings/update-site-settings";

export const updateSiteSettingsAction = handleFormAction("admin", async ({ form, actor }) => {
  const settings = await updateSiteSettings({ actor, input: { signInRequired: form.get("signInRequired") ?? false } });
  revalidatePath("/", "layout");
  const t = await getActionTranslations("admin.settings");
  return { ok: true, message: t(settings.signInRequired ? "savedRequired" : "savedOpen") };
});
