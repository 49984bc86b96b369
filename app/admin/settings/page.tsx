// Admin → Settings: who may read the site.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { ActionForm } from "@/components/ui/action-form";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { getSiteSettings } from "@/lib/settings/get-site-settings";
import { updateSiteSettingsAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("settings.title") };
}

export default async function SettingsPage() {
  await requirePageRole({ need: "admin", path: "/admin/settings" });
  const [settings, t] = await Promise.all([getSiteSettings({ fresh: true }), getTranslations("admin.settings")]);
  return (
    <>
      <div className="page-head">
        <h1>{t("title")}</h1>
      </div>
      <AdminNav current="settings" />
      <ActionForm action={updateSiteSettingsAction} className="panel auth-form narrow">
        <label className="check">
          <input type="checkbox" name="signInRequired" defaultChecked={settings.signInRequired} />
          {t("signInRequired")}
        </label>
        <p className="small muted">{t("hint")}</p>
        <button type="submit" className="button">
          {t("save")}
        </button>
      </ActionForm>
    </>
  );
}
