// A figure's headline in words, on its card and its page: what the outlets' latest reports for
// the latest period say together, the period, how many outlets, and the change (a revision or a
// labelled change between periods). A median appears only as a labelled statistic.
import { formatAmount } from "@/lib/values/format-value";
import type { Headline } from "@/lib/values/headline";

export function FigureHeadline({ headline, unit, testId }: { headline: Headline; unit: string; testId: string }) {
  return (
    <>
      <span className="value" data-testid={testId}>
        {headline.display}
      </span>
      <span className="meta">
        {headline.period ? `For ${headline.period}` : "Period not given"} ·{" "}
        {headline.outletCount === 1 ? "1 outlet's latest report" : `${headline.outletCount} outlets' latest reports`}
      </span>
      {headline.median !== null && headline.status === "disagree" && (
        <span className="meta">Median of their values (a statistic, not a report): {formatAmount(headline.median, unit)}</span>
      )}
      {headline.change && (
        <span className={`meta change ${headline.change.direction}`} data-testid={`${testId}-change`}>
          {headline.change.kind === "revision" ? "Revised: " : "Change between periods: "}
          {headline.change.display}
        </span>
      )}
    </>
  );
}
