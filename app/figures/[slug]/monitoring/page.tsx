// A figure's monitoring rules: which run, with which thresholds. Editors change them here.
import type { Metadata } from "next";
import Link from "next/link";
import { SettingsForm } from "@/components/monitoring/settings-form";
import { getMonitoringSettings } from "@/lib/monitoring/get-monitoring-settings";
import { saveMonitoringAction } from "./actions";
import { orNotFound } from "@/lib/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Monitoring rules" };

export default async function MonitoringPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const data = await orNotFound(getMonitoringSettings({ slug }));
  return (
    <>
      <div className="page-head">
        <div>
          <p className="topic-tag">
            <Link href={`/figures/${slug}`}>{data.figure.title}</Link>
          </p>
          <h1>Monitoring rules</h1>
          <p className="muted">
            Rules run after every new value and, for staleness, every 10 minutes. <Link href={`/alerts?figure=${slug}&status=all`}>This figure&apos;s alerts</Link>
          </p>
        </div>
      </div>
      <SettingsForm data={data} action={saveMonitoringAction} />
    </>
  );
}
