import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Sparkline } from "@/components/charts/sparkline";
import type { FigureCard as Card } from "@/lib/figures/list-figures";
import { formatDate } from "@/lib/format/format-date";
import { describeSources } from "@/lib/sources/origins";
import { formatReportedValue } from "@/lib/values/format-value";
import { FigureHeadline } from "./figure-headline";

export function FigureCard({ figure, openAlerts = 0 }: { figure: Card; openAlerts?: number }) {
  const { latest, headline } = figure;
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
              <span className="badge stale" title={t("staleTitle", { days: figure.staleAfterDays })}>
                {t("stale")}
              </span>
            )}
          </span>
          {headline && <FigureHeadline headline={headline} unit={figure.unit} testId="card-headline" />}
          <span className="meta">
            {t("newest", { value: formatReportedValue({ ...latest, unit: figure.unit }, locale), outlet: latest.outlet.name, date: formatDate(latest.reportedOn, locale) })}
          </span>
          <span className="meta sources-line" data-testid="card-sources">
            {figure.outletCount} {figure.outletCount === 1 ? "outlet" : "outlets"} · {describeSources(figure)}
          </span>
          <span className="meta">{t("reports", { count: figure.observationCount })}</span>
          <Sparkline points={figure.sparkline} />
        </>
      ) : (
        <span className="meta">{t("noValues")}</span>
      )}
    </li>
  );
}
