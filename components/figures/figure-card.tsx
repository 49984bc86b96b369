import Link from "next/link";
import { Sparkline } from "@/components/charts/sparkline";
import type { FigureCard as Card } from "@/lib/figures/list-figures";
import { formatDate } from "@/lib/format/format-date";

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
          <span className="value">{latest.display}</span>
          <span className="meta">
            Latest report {formatDate(latest.reportedOn)} · {latest.outlet.name}
          </span>
          <span className="meta">
            {figure.outletCount} {figure.outletCount === 1 ? "outlet" : "outlets"} · {figure.observationCount}{" "}
            {figure.observationCount === 1 ? "report" : "reports"}
          </span>
          <Sparkline points={figure.sparkline} />
        </>
      ) : (
        <span className="meta">No reported values yet.</span>
      )}
    </li>
  );
}
