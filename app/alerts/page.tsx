// /alerts: what the rules found, newest first; editors acknowledge or resolve with a note.
// Filters are plain GET parameters, so a filtered view is a link a colleague can open.
import { redirect } from "next/navigation";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AlertCard } from "@/components/monitoring/alert-card";
import { AlertsLiveRefresh } from "@/components/monitoring/alerts-live-refresh";
import { BulkAlertActions } from "@/components/monitoring/bulk-alert-actions";
import { hasRole } from "@/lib/auth/actor";
import { getPageActor } from "@/lib/auth/get-page-actor";
import { listFigureOptions } from "@/lib/figures/list-figure-options";
import { getAlertReports } from "@/lib/monitoring/get-alert-reports";
import { listAlerts } from "@/lib/monitoring/list-alerts";
import { ALERT_STATUSES, ZListAlertsQuery } from "@/lib/monitoring/schemas";
import type { Locale } from "@/lib/i18n/locales";
import { ALERT_RULES } from "@/lib/monitoring/types";
import { bulkUpdateAlertsAction, updateAlertAction } from "./actions";
import { Field } from "@/components/ui/field";
import { FilterSelect } from "@/components/ui/filter-select";
import { PageHead } from "@/components/ui/page-head";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("alerts"))("title") };
}

type Search = { status?: string; figure?: string; rule?: string; q?: string };

export default async function AlertsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const raw = await searchParams;
  const parsed = ZListAlertsQuery.safeParse(raw);
  const query = parsed.success ? parsed.data : ZListAlertsQuery.parse({});
  const actor = await getPageActor();
  // The alert list and its notes are the desk's, not public (SECURITY.md).
  if (!actor) redirect("/sign-in?next=/alerts");
  const [alerts, figures] = await Promise.all([listAlerts({ query }), listFigureOptions({})]);
  const canEdit = actor ? hasRole(actor, "editor") : false;
  const [locale, t] = await Promise.all([getLocale() as Promise<Locale>, getTranslations("alerts")]);
  const reports = await getAlertReports({ observationIds: alerts.flatMap((a) => a.observationIds), locale });
  const filtered = query.figure || query.rule || query.q || query.status !== "open";

  return (
    <>
      <AlertsLiveRefresh />
      <PageHead title={t("title")} lead={t("lead")} />
      <form className="alert-filters" method="get" aria-label={t("filters")}>
        <FilterSelect
          name="status"
          label={t("status")}
          value={query.status}
          options={[...ALERT_STATUSES, "all"].map((s) => ({ value: s, label: t("statusName", { status: s }) }))}
        />
        <FilterSelect
          name="figure"
          label={t("figure")}
          any={t("allFigures")}
          value={query.figure ?? ""}
          options={figures.map((f) => ({ value: f.slug, label: f.title }))}
        />
        <FilterSelect
          name="rule"
          label={t("rule")}
          any={t("allRules")}
          value={query.rule ?? ""}
          options={ALERT_RULES.map((r) => ({ value: r, label: t("ruleName", { rule: r }) }))}
        />
        <Field name="q" label={t("search")}>
          {(a) => <input {...a} type="search" defaultValue={query.q ?? ""} placeholder={t("searchPlaceholder")} />}
        </Field>
        <button className="button secondary" type="submit">
          {t("show")}
        </button>
      </form>

      {alerts.length === 0 ? (
        <p className="empty">
          {filtered ? t("noMatch") : t("noneOpen")} {filtered && <Link href="/alerts">{t("showOpen")}</Link>}
        </p>
      ) : (
        <>
          {canEdit && <BulkAlertActions action={bulkUpdateAlertsAction} />}
          <ol className="alert-list" data-testid="alert-list">
            {alerts.map((a) => (
              <AlertCard key={a.id} alert={a} reports={reports} canEdit={canEdit} action={updateAlertAction} />
            ))}
          </ol>
        </>
      )}
    </>
  );
}
