"use server";
// Admin-only account management; each action checks the role itself (handleFormAction).
import { revalidatePath } from "next/cache";
import { getActionTranslations } from "@/lib/i18n/get-action-translations";
import { handleFormAction } from "@/lib/http/handle-form-action";
import { readForm } from "@/lib/http/read-form";
import { createUser } from "@/lib/users/create-user";
import { updateUser } from "@/lib/users/update-user";
import type { UserDto } from "@/lib/users/user-dto";

export const createUserAction = handleFormAction("admin", async ({ form, actor }) => {
  const { user, password, isGenerated } = await createUser({ actor, input: readForm(form) });
  revalidatePath("/admin/users");
  const t = await getActionTranslations("admin");
  return {
    message: t("createUser.created", { role: user.role, email: user.email }),
    ok: true,
    secret: isGenerated ? password : undefined,
  };
});

type UsersT = Awaited<ReturnType<typeof getActionTranslations<"admin.users">>>;

/** One change to someone else's account, as the form says (updateUser checks it), then what changed. */
const userChangeAction = (kind: "role" | "disabled", said: (t: UsersT, user: UserDto) => string) =>
  handleFormAction("admin", async ({ form, actor }) => {
    const user = await updateUser({ actor, change: { kind, input: readForm(form) } });
    revalidatePath("/admin/users");
    return { message: said(await getActionTranslations("admin.users"), user), ok: true };
  });

export const changeRoleAction = userChangeAction("role", (t, user) =>
  t("nowRole", { email: user.email, role: user.role }),
);
export const setDisabledAction = userChangeAction("disabled", (t, user) =>
  t(user.isDisabled ? "disabledNow" : "enabledNow", { email: user.email }),
);
