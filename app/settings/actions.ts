"use server";
// A signed-in person's own settings.
import { getActionTranslations } from "@/lib/i18n/get-action-translations";
import { handleFormAction } from "@/lib/http/handle-form-action";
import { readForm } from "@/lib/http/read-form";
import { changePassword } from "@/lib/users/change-password";

export const changePasswordAction = handleFormAction("viewer", async ({ form, actor }) => {
  await changePassword({ actor, input: readForm(form) });
  return { ok: true, message: (await getActionTranslations("settings.password"))("changed") };
});
