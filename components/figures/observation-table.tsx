// Observations of a figure, newest first, one page at a time, with their full provenance and
// check status. Retracted values (shown only when the reader asks) are struck through.
// Columns are a list so later features can add one (e.g. actions) without touching the rest.
import Link from "next/link";
import type { ReactNode } from "react";
import { CheckBadge } from "@/components/corrections/check-badge";
import type { ObservationDto } from "@/lib/observations/observation-dto";
import { formatDate, formatPeriod } from "@/lib/format/format-date";

export type ObservationColumn = { header: string; cell: (o: ObservationDto) => ReactNode; className?: string };

export const OBSERVATION_COLUMNS: ObservationColumn[] = [
  {
    header: "Reported value",
    className: "num",
    cell: (o) => (
      <>
        <Link href={`/observations/${o.id}`}>{o.display}</Link>
        {o.status === "retracted" && <span className="sr-only"> (retracted)</span>}
      </>
    ),
  },
  { header: "Outlet", cell: (o) => o.outlet.name },
  { header: "Cited source", cell: (o) => o.citedSources.join(" › ") },
  { header: "Reported", cell: (o) => <time dateTime={o.reportedOn}>{formatDate(o.reportedOn)}</time> },
  { header: "Refers to", cell: (o) => formatPeriod(o) },
  {
    header: "Quote",
    cell: (o) => (
      <>
        <blockquote className="quote">“{o.quote}”</blockquote>
        {o.url && (
          <a href={o.url} rel="noopener noreferrer" className="small">
            Read the article
          </a>
        )}
        {o.note && <div className="small muted">Note: {o.note}</div>}
      </>
    ),
  },
  {
    header: "Status",
    cell: (o) => (o.status === "retracted" ? <span className="retraction-reason">Retracted: {o.statusReason}</span> : <CheckBadge status={o.checkStatus} />),
  },
];

type Props = {
  observations: ObservationDto[];
  highlightId?: string | null;
  columns?: ObservationColumn[];
  /** values an unresolved alert involves (lib/monitoring) */
  alertedIds?: string[];
  pagination?: { page: number; pageSize: number; total: number; onPage: (page: number) => void };
};

export function ObservationTable({ observations, highlightId, columns = OBSERVATION_COLUMNS, pagination, alertedIds = [] }: Props) {
  if (observations.length === 0) return <p className="empty">Nothing has been reported for this figure yet.</p>;
  const pages = pagination ? Math.max(1, Math.ceil(pagination.total / pagination.pageSize)) : 1;
  return (
    <>
      <div className="table-wrap">
        <table data-testid="observation-table">
          <caption className="sr-only">Every reported value, newest first</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.header} scope="col">
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {observations.map((o) => (
              <tr
                key={o.id}
                id={`obs-${o.id}`}
                className={[o.status === "retracted" ? "retracted" : "", o.id === highlightId ? "highlight" : "", alertedIds.includes(o.id) ? "alerted" : ""].join(" ").trim() || undefined}
                data-alerted={alertedIds.includes(o.id) || undefined}
              >
                {columns.map((c) => (
                  <td key={c.header} className={c.className}>
                    {c.cell(o)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pagination && pages > 1 && (
        <nav className="pager" aria-label="Table pages">
          <button type="button" className="button secondary" disabled={pagination.page <= 1} onClick={() => pagination.onPage(pagination.page - 1)}>
            Previous
          </button>
          <span>
            Page {pagination.page} of {pages} · {pagination.total.toLocaleString("en-US")} values
          </span>
          <button type="button" className="button secondary" disabled={pagination.page >= pages} onClick={() => pagination.onPage(pagination.page + 1)}>
            Next
          </button>
        </nav>
      )}
    </>
  );
}
