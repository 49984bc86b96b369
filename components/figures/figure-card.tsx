import Link from "next/link";
import { Sparkline } from "@/components/charts/sparkline";
import type { FigureCard as Card } from "@/lib/figures/list-figures";
import { formatDate } from "@/lib/format/format-date";
import { describeSources } from "@/lib/sources/origins";
import { STALE_AFTER_DAYS } from "@/lib/figures/thresholds";

export function FigureCard({ figure, openAlerts = 0 }: { figure: Card; openAlerts?: number }) {
  const { latest } = figure;
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
              <span className="badge disagree" title="The outlets' latest values differ by more than a quarter of their median">
                Outlets disagree
              </span>
            )}
            {figure.isStale && (
              <span className="badge stale" title={`No report for more than ${STALE_AFTER_DAYS} days`}>
                Stale
              </span>
            )}
          </span>
          <span className="value" data-testid="card-consensus">
            {figure.consensus}
          </span>
          <span className="meta">
            {figure.outletCount > 1 ? `Consensus of ${figure.outletCount} outlets (median of their latest values)` : "1 outlet"}
            {figure.spread && figure.outletCount > 1 ? ` · latest values ${figure.spread.display}` : ""}
          </span>
          <span className="meta sources-line" data-testid="card-sources">
            {figure.outletCount} {figure.outletCount === 1 ? "outlet" : "outlets"} · {describeSources(figure)}
          </span>
          <span className="meta">
            Latest: {latest.display}, {latest.outlet.name}, {formatDate(latest.reportedOn)}
          </span>
          {figure.change && (
            <span className={`meta change ${figure.change.direction}`}>
              {figure.change.display} since the report of {formatDate(figure.change.sinceOn)}
            </span>
          )}
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
