// Admins: every webhook delivery, newest first, with attempts and the last answer.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { listDeliveries } from "@/lib/monitoring/list-deliveries";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { formatStamp } from "@/lib/format/format-stamp";
import { PageHead } from "@/components/ui/page-head";
import { DataTable } from "@/components/ui/data-table";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("deliveries.title") };
}

const UUID = /^[0-9a-f-]{36}$/i;

export default async function DeliveriesPage({ searchParams }: { searchParams: Promise<{ webhook?: string }> }) {
  await requirePageRole({ need: "admin", path: "/admin/webhooks/deliveries" });
  const { webhook } = await searchParams;
  const [deliveries, t, tHooks, locale] = await Promise.all([
    listDeliveries({ webhookId: webhook && UUID.test(webhook) ? webhook : undefined }),
    getTranslations("admin.deliveries"),
    getTranslations("admin.webhooks"),
    getLocale(),
  ]);
  return (
    <>
      <PageHead title={t("heading")} lead={t("intro")} back={[{ href: "/admin/webhooks", label: tHooks("title") }]} />
      <AdminNav current="webhooks" />
      {deliveries.length === 0 ? (
        <p className="empty">{t("empty")}</p>
      ) : (
        <DataTable
          caption={t("caption")}
          head={[t("created"), t("endpoint"), t("alert"), t("status"), t("attempts"), t("lastAnswer")]}
          testId="deliveries"
        >
          {deliveries.map((d) => (
            <tr key={d.id}>
              <td>
                <time dateTime={d.createdAt}>{formatStamp(d.createdAt, locale)}</time>
              </td>
              <td>{d.webhook.url}</td>
              <td>{d.alert?.message ?? d.event}</td>
              <td>{t("state", { status: d.status })}</td>
              <td className="num">{d.attempts}</td>
              <td>
                {d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : ""}{" "}
                {d.lastError && d.lastError !== `HTTP ${d.lastStatusCode}` ? d.lastError : ""}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
