// Your account: password (and, for editors, API tokens).
import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { redirect } from "next/navigation";
import { getPageActor } from "@/lib/auth/get-page-actor";
import { changePasswordAction } from "./actions";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountSettingsPage() {
  const me = await getPageActor();
  if (!me) redirect("/sign-in?next=/settings");
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Your account</h1>
          <p className="muted">
            {me.name}, {me.role}.
          </p>
        </div>
      </div>
      <ChangePasswordForm action={changePasswordAction} />
    </>
  );
}
