import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Sparkline } from "@/components/charts/sparkline";
import type { FigureCard as Card } from "@/lib/figures/list-figures";
import { formatDate } from "@/lib/format/format-date";
import { STALE_AFTER_DAYS } from "@/lib/figures/thresholds";
import { formatReportedValue } from "@/lib/values/format-value";

export function FigureCard({ figure, openAlerts = 0 }: { figure: Card; openAlerts?: number }) {
  const { latest } = figure;
  const t = useTranslations("card");
  const locale = useLocale();
  return (
    <li className="card" data-testid="figure-card">
      <span className="topic-tag">{figure.topics.join(" · ") || t("noTopic")}</span>
      <h2>
        <Link href={`/figures/${figure.slug}`}>{figure.title}</Link>
        {openAlerts > 0 && (
          <span className="alert-mark" data-testid="card-alert-mark">
            {t("alerts", { count: openAlerts })}
          </span>
        )}
      </h2>
      {latest ? (
        <>
          <span className="card-badges">
            {figure.isDisagreeing && (
              <span className="badge disagree" title={t("disagreeTitle")}>
                {t("disagree")}
              </span>
            )}
            {figure.isStale && (
              <span className="badge stale" title={t("staleTitle", { days: STALE_AFTER_DAYS })}>
                {t("stale")}
              </span>
            )}
          </span>
          <span className="value" data-testid="card-consensus">
            {figure.consensus}
          </span>
          <span className="meta">
            {figure.outletCount > 1 ? t("consensusOf", { count: figure.outletCount }) : t("oneOutlet")}
            {figure.spread && figure.outletCount > 1 ? t("latestValues", { range: figure.spread.display }) : ""}
          </span>
          <span className="meta">
            {t("latest", { value: formatReportedValue({ ...latest, unit: figure.unit }, locale), outlet: latest.outlet.name, date: formatDate(latest.reportedOn, locale) })}
          </span>
          {figure.change && (
            <span className={`meta change ${figure.change.direction}`}>
              {t("since", {
                change: figure.change.direction === "same" ? t("noChange") : figure.change.display,
                date: formatDate(figure.change.sinceOn, locale),
              })}
            </span>
          )}
          <span className="meta">{t("reports", { count: figure.observationCount })}</span>
          <Sparkline points={figure.sparkline} />
        </>
      ) : (
        <span className="meta">{t("noValues")}</span>
      )}
    </li>
  );
}
