import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Sparkline } from "@/components/charts/sparkline";
import type { FigureCard as Card } from "@/lib/figures/list-figures";
import { localizedFigureText } from "@/lib/figures/localized-figure-text";
import { formatDate } from "@/lib/format/format-date";
import { sourcesInWords } from "@/lib/sources/origins";
import { topicName } from "@/lib/topics/topic-names";
import { formatReportedValue } from "@/lib/values/format-value";
import { FigureHeadline } from "./figure-headline";

export function FigureCard({ figure, openAlerts = 0 }: { figure: Card; openAlerts?: number }) {
  const { latest, headline } = figure;
  const t = useTranslations("card");
  const tArchive = useTranslations("archive");
  const tSources = useTranslations("sources");
  const locale = useLocale();
  const text = localizedFigureText(figure, locale);
  const latestDisplay = latest ? formatReportedValue({ ...latest, unit: figure.unit }, locale) : "";
  const isSingle = figure.observationCount === 1;
  const spark = figure.sparkline;
  return (
    <li className={figure.archived ? "card archived" : "card"} data-testid="figure-card">
      <span className="topic-tag">
        {figure.topics.map((tp) => topicName(tp, figure.topicNames, locale)).join(" · ") || t("noTopic")}
      </span>
      <h2>
        <Link href={`/figures/${figure.slug}`}>{text.title}</Link>
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
          {/* One report: who said it and when, once; the headline already gave the number. */}
          <span className="meta">
            {isSingle
              ? tArchive("onlyReport", { outlet: latest.outlet.name, date: formatDate(latest.reportedOn, locale) })
              : t("newest", {
                  value: latestDisplay,
                  outlet: latest.outlet.name,
                  date: formatDate(latest.reportedOn, locale),
                })}
          </span>
          <span className="meta sources-line" data-testid="card-sources">
            {tArchive("outlets", { count: figure.outletCount })} · {tSources("independent", sourcesInWords(figure))}
          </span>
          {!isSingle && <span className="meta">{t("reports", { count: figure.observationCount })}</span>}
          {spark.length >= 2 && (
            <Sparkline
              points={spark}
              from={formatDate(spark[0].date, locale)}
              to={formatDate(spark[spark.length - 1].date, locale)}
              latest={latestDisplay}
            />
          )}
          {figure.archived && (
            <span className="meta archived-line" data-testid="card-archived" title={text.archiveNote || undefined}>
              {tArchive("cardLine", { date: formatDate(latest.reportedOn, locale) })}
            </span>
          )}
        </>
      ) : (
        <span className="meta">{t("noValues")}</span>
      )}
    </li>
  );
}
