"use server";
// Admins add, pause and resume webhook endpoints.
import { revalidatePath } from "next/cache";
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
  return { ok: true, message: `Webhook added: ${hook.url}` };
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
  return { ok: true, message: hook.isActive ? "Webhook resumed" : "Webhook paused" };
});
