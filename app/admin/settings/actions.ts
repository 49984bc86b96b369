"use server";
// Site settings; admin only, checked here as well as on the page.
import { revalidatePath } from "next/cache";
import { handleFormAction } from "@/lib/http/handle-form-action";
import { updateSiteSettings } from "@/lib/settings/update-site-settings";

export const updateSiteSettingsAction = handleFormAction("admin", async ({ form, actor }) => {
  const settings = await updateSiteSettings({ actor, input: { signInRequired: form.get("signInRequired") ?? false } });
  revalidatePath("/", "layout");
  return {
    ok: true,
    message: settings.signInRequired ? "Only signed-in people can read Tally now." : "Anyone can read Tally now.",
  };
});
