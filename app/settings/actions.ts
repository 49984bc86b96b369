"use server";
// A signed-in person's own settings.
import { getActionTranslations } from "@/lib/i18n/get-action-translations";
import { handleFormAction } from "@/lib/http/handle-form-action";
import { changePassword } from "@/lib/users/change-password";

export const changePasswordAction = handleFormAction("viewer", async ({ form, actor }) => {
  const input = {
    currentPassword: form.get("currentPassword"),
    newPassword: form.get("newPassword"),
    confirmPassword: form.get("confirmPassword"),
  };
  await changePassword({ actor, input });
  return { ok: true, message: (await getActionTranslations("settings.password"))("changed") };
});
