import Link from "next/link";
import { Sparkline } from "@/components/charts/sparkline";
import type { FigureCard as Card } from "@/lib/figures/list-figures";
import { formatDate } from "@/lib/format/format-date";
import { describeSources } from "@/lib/sources/origins";
import { FigureHeadline } from "./figure-headline";

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
          {headline && <FigureHeadline headline={headline} unit={figure.unit} testId="card-headline" />}
          <span className="meta">
            Newest report: {latest.display}, {latest.outlet.name}, {formatDate(latest.reportedOn)}
          </span>
          <span className="meta sources-line" data-testid="card-sources">
            {figure.outletCount} {figure.outletCount === 1 ? "outlet" : "outlets"} · {describeSources(figure)}
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
