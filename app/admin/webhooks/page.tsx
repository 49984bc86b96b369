// Admins: webhook endpoints that receive alerts as signed JSON.
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { WebhookForm, WebhookToggle } from "@/components/monitoring/webhook-form";
import { listWebhooks } from "@/lib/monitoring/list-webhooks";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { formatDate } from "@/lib/format/format-date";
import { createWebhookAction, setWebhookActiveAction } from "./actions";
import { PageHead } from "@/components/ui/page-head";
import { DataTable } from "@/components/ui/data-table";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("webhooks.title") };
}

export default async function WebhooksPage() {
  await requirePageRole({ need: "admin", path: "/admin/webhooks" });
  const [hooks, t, tRules, locale] = await Promise.all([
    listWebhooks({}),
    getTranslations("admin.webhooks"),
    getTranslations("monitoringPage.rules"),
    getLocale(),
  ]);
  return (
    <>
      <PageHead
        title={t("title")}
        lead={
          <>
            {t("intro")} <Link href="/admin/webhooks/deliveries">{t("deliveriesLog")}</Link>
          </>
        }
      />
      <AdminNav current="webhooks" />
      {hooks.length === 0 ? (
        <p className="empty">{t("empty")}</p>
      ) : (
        <DataTable
          caption={t("caption")}
          head={[t("url"), t("rules"), t("secret"), t("state"), t("added")]}
          actionsHead={t("actions")}
        >
          {hooks.map((h) => (
            <tr key={h.id}>
              <td>{h.url}</td>
              <td>{h.rules.map((r) => tRules(r)).join(", ")}</td>
              <td>
                <code>{h.secretHint}</code>
              </td>
              <td>{t("isActive", { active: h.isActive ? "yes" : "no" })}</td>
              <td>{t("addedBy", { by: h.createdBy, date: formatDate(h.createdAt, locale) })}</td>
              <td>
                <WebhookToggle hook={h} action={setWebhookActiveAction} />{" "}
                <Link href={`/admin/webhooks/deliveries?webhook=${h.id}`}>{t("deliveries")}</Link>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <h2>{t("newEndpoint")}</h2>
      <WebhookForm action={createWebhookAction} />
    </>
  );
}
