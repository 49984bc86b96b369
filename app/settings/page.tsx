// Your account: password (and, for editors, API tokens).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { redirect } from "next/navigation";
import { getPageActor } from "@/lib/auth/get-page-actor";
import { changePasswordAction } from "./actions";
import { PageHead } from "@/components/ui/page-head";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

export default async function AccountSettingsPage() {
  const me = await getPageActor();
  if (!me) redirect("/sign-in?next=/settings");
  const t = await getTranslations("settings");
  return (
    <>
      <PageHead title={t("title")} lead={<>{t("who", { name: me.name, role: me.role })}</>} />
      <ChangePasswordForm action={changePasswordAction} />
      {me.role !== "viewer" && <p>{t.rich("tokensLink", { link: (text) => <a href="/settings/tokens">{text}</a> })}</p>}
    </>
  );
}
