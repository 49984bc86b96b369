import Link from "next/link";
import { Sparkline } from "@/components/charts/sparkline";
import type { FigureCard as Card } from "@/lib/figures/list-figures";
import { formatDate } from "@/lib/format/format-date";
import { formatAmount } from "@/lib/values/format-value";

export function FigureCard({ figure, openAlerts = 0 }: { figure: Card; openAlerts?: number }) {
  const { latest, headline } = figure;
  return (
    <li className="card" data-testid="figure-card">
      <span className="topic-tag">{figure.topics.join(" · ") || "No topic"}</span>
      <h2>
        <Link href={`/figures/${figure.slug}`}>{figure.title}</Link>
        {openAlerts > 0 && (
          <span className="alert-mark" data-testid="card-alert-mark">
            {openAlerts} {openAlerts === 1 ? "alert" : "alerts"}
          </span>
        )}
      </h2>
      {latest ? (
        <>
          <span className="card-badges">
            {figure.isDisagreeing && (
              <span className="badge disagree" title="The outlets' latest reports for the same period cannot all be true">
                Outlets disagree
              </span>
            )}
            {figure.isStale && (
              <span className="badge stale" title={`No report for ${figure.staleAfterDays} days or more`}>
                Stale
              </span>
            )}
          </span>
          {headline && (
            <>
              <span className="value" data-testid="card-headline">
                {headline.display}
              </span>
              <span className="meta">
                {headline.period ? `For ${headline.period}` : "Period not given"} ·{" "}
                {headline.outletCount === 1 ? "1 outlet's latest report" : `${headline.outletCount} outlets' latest reports`}
              </span>
              {headline.median !== null && headline.status === "disagree" && (
                <span className="meta">Median of their values (a statistic, not a report): {formatAmount(headline.median, figure.unit)}</span>
              )}
              {headline.change && (
                <span className={`meta change ${headline.change.direction}`} data-testid="card-change">
                  {headline.change.kind === "revision" ? "Revised: " : "Change between periods: "}
                  {headline.change.display}
                </span>
              )}
            </>
          )}
          <span className="meta">
            Latest: {latest.display}, {latest.outlet.name}, {formatDate(latest.reportedOn)}
          </span>
          <span className="meta">
            {figure.observationCount.toLocaleString("en-US")} {figure.observationCount === 1 ? "report" : "reports"}
          </span>
          <Sparkline points={figure.sparkline} />
        </>
      ) : (
        <span className="meta">No reported values yet.</span>
      )}
    </li>
  );
}
