// A figure's headline in words, on its card and its page: what the outlets' latest reports for
// the latest period say together, the period, how many outlets, and the change (a revision or a
// labelled change between periods). A median appears only as a labelled statistic.
import { useLocale, useTranslations } from "next-intl";
import { formatAmount } from "@/lib/values/format-value";
import type { Headline } from "@/lib/values/headline";

export function FigureHeadline({ headline, unit, testId }: { headline: Headline; unit: string; testId: string }) {
  const t = useTranslations("headline");
  const locale = useLocale();
  return (
    <>
      <span className="value" data-testid={testId}>
        {headline.display}
      </span>
      <span className="meta">
        {headline.period ? t("forPeriod", { period: headline.period }) : t("noPeriod")} ·{" "}
        {t("outlets", { count: headline.outletCount })}
      </span>
      {headline.median !== null && headline.status === "disagree" && (
        <span className="meta">{t("median", { value: formatAmount(headline.median, unit, locale) })}</span>
      )}
      {headline.change && (
        <span className={`meta change ${headline.change.direction}`} data-testid={`${testId}-change`}>
          {headline.change.kind === "revision" ? t("revised") : t("periodChange")}
          {headline.change.display}
        </span>
      )}
    </>
  );
}
