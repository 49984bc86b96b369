// Every observation of a figure, newest first, with its full provenance. Retracted values stay
// in the table, struck through.
import Link from "next/link";
import { CheckBadge } from "@/components/corrections/check-badge";
import type { ObservationDto } from "@/lib/observations/observation-dto";
import { formatDate, formatPeriod } from "@/lib/format/format-date";

export function ObservationTable({ observations, highlightId, alertedIds = [] }: { observations: ObservationDto[]; highlightId?: string | null; alertedIds?: string[] }) {
  if (observations.length === 0) return <p className="empty">Nothing has been reported for this figure yet.</p>;
  return (
    <div className="table-wrap">
      <table data-testid="observation-table">
        <caption className="sr-only">Every reported value, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Reported value</th>
            <th scope="col">Outlet</th>
            <th scope="col">Cited source</th>
            <th scope="col">Reported</th>
            <th scope="col">Refers to</th>
            <th scope="col">Quote</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {observations.map((o) => (
            <tr key={o.id} id={`obs-${o.id}`} className={[o.status === "retracted" ? "retracted" : "", o.id === highlightId ? "highlight" : "", alertedIds.includes(o.id) ? "alerted" : ""].join(" ").trim() || undefined} data-alerted={alertedIds.includes(o.id) || undefined}>
              <td className="num">
                <Link href={`/observations/${o.id}`}>{o.display}</Link>
                {o.status === "retracted" && <span className="sr-only"> (retracted)</span>}

              </td>
              <td>{o.outlet.name}</td>
              <td>{o.citedSources.join(" › ")}</td>
              <td>
                <time dateTime={o.reportedOn}>{formatDate(o.reportedOn)}</time>
              </td>
              <td>{formatPeriod(o)}</td>
              <td>
                <blockquote className="quote">“{o.quote}”</blockquote>
                {o.url && (
                  <a href={o.url} rel="noopener noreferrer" className="small">
                    Read the article
                  </a>
                )}
                {o.note && <div className="small muted">Note: {o.note}</div>}
              </td>
              <td>{o.status === "retracted" ? <span className="retraction-reason">Retracted: {o.statusReason}</span> : <CheckBadge status={o.checkStatus} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
