"use server";
// Admin-only account management; each action checks the role itself (handleFormAction).
import { revalidatePath } from "next/cache";
import { getActionTranslations } from "@/lib/i18n/get-action-translations";
import { handleFormAction } from "@/lib/http/handle-form-action";
import { createUser } from "@/lib/users/create-user";
import { updateUser } from "@/lib/users/update-user";

export const createUserAction = handleFormAction("admin", async ({ form, actor }) => {
  const input = {
    email: form.get("email"),
    name: form.get("name"),
    role: form.get("role"),
    password: form.get("password") ?? "",
  };
  const { user, password, isGenerated } = await createUser({ actor, input });
  revalidatePath("/admin/users");
  const t = await getActionTranslations("admin");
  return {
    message: t("createUser.created", { role: user.role, email: user.email }),
    ok: true,
    secret: isGenerated ? password : undefined,
  };
});

export const changeRoleAction = handleFormAction("admin", async ({ form, actor }) => {
  const user = await updateUser({
    actor,
    change: { kind: "role", input: { userId: form.get("userId"), role: form.get("role") } },
  });
  revalidatePath("/admin/users");
  const t = await getActionTranslations("admin.users");
  return { message: t("nowRole", { email: user.email, role: user.role }), ok: true };
});

export const setDisabledAction = handleFormAction("admin", async ({ form, actor }) => {
  const user = await updateUser({
    actor,
    change: { kind: "disabled", input: { userId: form.get("userId"), disabled: form.get("disabled") } },
  });
  revalidatePath("/admin/users");
  const t = await getActionTranslations("admin.users");
  return {
    message: t(user.isDisabled ? "disabledNow" : "enabledNow", { email: user.email }),
    ok: true,
  };
});
