"use server";
// Admin-only account management; each action checks the role itself (handleFormAction).
import { revalidatePath } from "next/cache";
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
  return {
    message: `Created ${user.role} ${user.email}.`,
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
  return { message: `${user.email} is now ${user.role === "viewer" ? "a" : "an"} ${user.role}.`, ok: true };
});

export const setDisabledAction = handleFormAction("admin", async ({ form, actor }) => {
  const user = await updateUser({
    actor,
    change: { kind: "disabled", input: { userId: form.get("userId"), disabled: form.get("disabled") } },
  });
  revalidatePath("/admin/users");
  return {
    message: user.isDisabled
      ? `${user.email} is disabled and signed out everywhere.`
      : `${user.email} can sign in again.`,
    ok: true,
  };
});
