// A figure's monitoring rules: which run, with which thresholds. Editors change them here.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SettingsForm } from "@/components/monitoring/settings-form";
import { getMonitoringSettings } from "@/lib/monitoring/get-monitoring-settings";
import { saveMonitoringAction } from "./actions";
import { orNotFound } from "@/lib/http/or-not-found";
import { PageHead } from "@/components/ui/page-head";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("monitoringPage"))("title") };
}

export default async function MonitoringPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [data, t] = await Promise.all([orNotFound(getMonitoringSettings({ slug })), getTranslations("monitoringPage")]);
  return (
    <>
      <PageHead
        title={t("title")}
        lead={
          <>
            {t("intro")} <Link href={`/alerts?figure=${slug}&status=all`}>{t("alertsLink")}</Link>
          </>
        }
        back={[{ href: `/figures/${slug}`, label: data.figure.title }]}
      />
      <SettingsForm data={data} action={saveMonitoringAction} />
    </>
  );
}
