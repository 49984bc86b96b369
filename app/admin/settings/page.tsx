// Admin → Settings: who may read the site.
import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { ActionForm } from "@/components/ui/action-form";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { getSiteSettings } from "@/lib/settings/get-site-settings";
import { updateSiteSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requirePageRole({ need: "admin", path: "/admin/settings" });
  const settings = await getSiteSettings({ fresh: true });
  return (
    <>
      <div className="page-head">
        <h1>Settings</h1>
      </div>
      <AdminNav current="settings" />
      <ActionForm action={updateSiteSettingsAction} className="panel auth-form narrow">
        <label className="check">
          <input type="checkbox" name="signInRequired" defaultChecked={settings.signInRequired} />
          Sign-in required to read (dashboard, charts, CSV and the JSON API)
        </label>
        <p className="small muted">Off: anyone who can reach Tally can read it; only editors can change anything.</p>
        <button type="submit" className="button">
          Save settings
        </button>
      </ActionForm>
    </>
  );
}
