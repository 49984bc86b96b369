"use server";
// Admins add, pause and resume webhook endpoints.
import { revalidatePath } from "next/cache";
import { getActionTranslations } from "@/lib/i18n/get-action-translations";
import { handleFormAction } from "@/lib/http/handle-form-action";
import { createWebhook } from "@/lib/monitoring/create-webhook";
import { setWebhookActive } from "@/lib/monitoring/set-webhook-active";

// Ticked rules mean alert.opened; the one checkbox adds figure.changed (CDN purges).
export const createWebhookAction = handleFormAction("admin", async ({ form, actor }) => {
  const rules = form.getAll("rules");
  const events = [...(rules.length ? ["alert.opened"] : []), ...form.getAll("events")];
  const hook = await createWebhook({
    actor,
    input: {
      url: form.get("url"),
      secret: form.get("secret"),
      rules,
      events: events.length ? events : ["alert.opened"],
    },
  });
  revalidatePath("/admin/webhooks");
  return { ok: true, message: (await getActionTranslations("admin.webhooks"))("addedToast", { url: hook.url }) };
});

export const setWebhookActiveAction = handleFormAction("admin", async ({ form, actor }) => {
  const hook = await setWebhookActive({
    actor,
    input: {
      webhookId: form.get("webhookId"),
      isActive: form.get("isActive") === "true",
      version: form.get("version"),
    },
  });
  revalidatePath("/admin/webhooks");
  return { ok: true, message: (await getActionTranslations("admin.webhooks"))(hook.isActive ? "resumed" : "paused") };
});
